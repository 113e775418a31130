using System.Numerics;

using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>
/// Profiles a numeric column by sorting a copy of its present values: one O(n log n) sort gives min, max, exact
/// quantiles, the distinct count and the mode together, where hashing would give only the last two.
/// </summary>
internal sealed class NumericProfiler : INumericColumnVisitor<ColumnStats>
{
    public static NumericProfiler Instance { get; } = new();

    public ColumnStats Visit<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged, INumber<T>
    {
        var gather = new GatherSink<T>(column.Length - column.NullCount);
        var tally = ValueScan.Scan(column, keep: null, ref gather);
        var values = gather.Values.AsSpan(0, gather.Count);
        if (values.IsEmpty)
        {
            return new ColumnStats(0, tally.Missing, 0, null, null, null, null);
        }

        values.Sort();
        var (unique, modeIndex) = SortedValues.Runs<T>(values);
        var (mean, std) = SortedValues.MeanAndStd<T>(values);
        var numbers = new NumericStats(
            mean,
            std,
            double.CreateTruncating(values[0]),
            SortedValues.Quantile<T>(values, 0.25),
            SortedValues.Quantile<T>(values, 0.5),
            SortedValues.Quantile<T>(values, 0.75),
            double.CreateTruncating(values[^1]));
        return new ColumnStats(
            values.Length,
            tally.Missing,
            unique,
            CellFormat.Format(values[0]),
            CellFormat.Format(values[^1]),
            CellFormat.Format(values[modeIndex]),
            numbers);
    }
}
