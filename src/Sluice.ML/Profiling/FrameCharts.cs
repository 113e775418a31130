using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Computing;
using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling;

/// <summary>
/// The aggregates behind the editor's charts, computed on the server so a million-row output sends only bins to the
/// browser. Columns are read through their typed buffers; a filter, when given, is evaluated once per call.
/// </summary>
/// <remarks>
/// Errors a user can cause (an unknown column, a column of the wrong type for the chart, a filter naming an unknown
/// column) throw <see cref="ArgumentException"/> with one message saying what is wrong and, for an unknown column,
/// which columns the frame has.
/// </remarks>
public static partial class FrameCharts
{
    /// <summary>The most bins a histogram may have.</summary>
    public const int MaxBuckets = 1000;

    /// <summary>
    /// Counts the values of a numeric (any primitive number type) or date column into <paramref name="buckets"/>
    /// equal-width bins between the smallest and largest kept value. Null, NaN and infinite values are left out and
    /// counted as missing; rows the filter rejects are counted as filtered out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="buckets"/> is not 1..<see cref="MaxBuckets"/>.</exception>
    /// <exception cref="ArgumentException">The column is missing or neither numeric nor a date.</exception>
    public static Histogram Histogram(DataFrame frame, string column, int buckets, RowFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(buckets, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(buckets, MaxBuckets);
        var data = ColumnLookup.Find(frame, column);
        return HistogramBuilder.Build(data, buckets, filter?.Evaluate(frame));
    }

    /// <summary>
    /// The <paramref name="limit"/> most frequent values of a column of any type, with the totals the caller needs
    /// for an "other" entry. Null and NaN cells count together as one "(null)" entry.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The column is missing.</exception>
    public static ValueCounts ValueCounts(DataFrame frame, string column, int limit, RowFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var data = ColumnLookup.Find(frame, column);
        return ValueCounter.Count(data, limit, filter?.Evaluate(frame));
    }

    /// <summary>The number of rows per hour, day, week (from Monday) or month of a date column.</summary>
    /// <exception cref="ArgumentException">The column is missing or not a date column.</exception>
    public static TimeSeries TimeSeries(DataFrame frame, string column, TimeBucket bucket, RowFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (!Enum.IsDefined(bucket))
        {
            throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "Not a time bucket.");
        }

        var data = ColumnLookup.Find(frame, column);
        return TimeSeriesBuilder.Build(data, bucket, filter?.Evaluate(frame));
    }
}
