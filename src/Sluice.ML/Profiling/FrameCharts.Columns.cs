using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Computing;
using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling;

public static partial class FrameCharts
{
    /// <summary>Missing cells per column, in column order: nulls, plus NaN in floating-point columns.</summary>
    public static IReadOnlyList<ColumnCount> MissingValues(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.Columns.Select(column => Counted(frame, column, ValueScan.CountMissing(column))).ToList();
    }

    /// <summary>Distinct present (non-null, non-NaN) values per column, in column order.</summary>
    public static IReadOnlyList<ColumnCount> UniqueValues(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.Columns.Select(column => Counted(frame, column, ColumnProfiler.Profile(column).Unique)).ToList();
    }

    /// <summary>pandas <c>describe()</c> of every numeric column, in column order; other columns are skipped.</summary>
    public static IReadOnlyList<ColumnSummary> SummaryStatistics(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.Columns.Where(NumericColumns.IsNumeric).Select(column =>
        {
            var stats = ColumnProfiler.Profile(column);
            var n = stats.Numbers;
            return new ColumnSummary(
                column.Name, ColumnTypes.FriendlyName(column), stats.Count,
                n?.Mean, n?.Std, n?.Min, n?.Percentile25, n?.Median, n?.Percentile75, n?.Max);
        }).ToList();
    }

    /// <summary>An overview of every column, in column order.</summary>
    public static IReadOnlyList<FeatureProfile> FeatureProfiles(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return frame.Columns.Select(column =>
        {
            var stats = ColumnProfiler.Profile(column);
            return new FeatureProfile(
                column.Name, ColumnTypes.FriendlyName(column), stats.Count, stats.Missing, stats.Unique,
                stats.Min, stats.Max, stats.Numbers?.Mean, stats.Numbers?.Median, stats.Mode);
        }).ToList();
    }

    private static ColumnCount Counted(DataFrame frame, DataFrameColumn column, long count) => new(
        column.Name,
        ColumnTypes.FriendlyName(column),
        count,
        frame.Rows.Count == 0 ? 0 : 100.0 * count / frame.Rows.Count);
}
