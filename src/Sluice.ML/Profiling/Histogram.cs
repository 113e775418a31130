namespace Sluice.ML.Profiling;

/// <summary>
/// Equal-width bins between the smallest and largest kept value of a column, placed as numpy.histogram places them
/// (when all values are equal the range widens by 0.5, or by half a second for dates).
/// </summary>
/// <param name="Column">The column's name.</param>
/// <param name="ColumnType">The column's friendly type name ("double", "int", "datetime", ...).</param>
/// <param name="Bins">The bins in ascending order; empty when no value was counted.</param>
/// <param name="Counted">The values counted into the bins; the bin counts sum to it.</param>
/// <param name="Missing">Rows the filter kept whose value is null, NaN or infinite.</param>
/// <param name="FilteredOut">Rows the filter left out.</param>
public sealed record Histogram(
    string Column, string ColumnType, IReadOnlyList<HistogramBin> Bins, long Counted, long Missing, long FilteredOut)
{
    /// <summary>The rows not in any bin: missing values and rows the filter left out.</summary>
    public long LeftOut => Missing + FilteredOut;

    /// <summary>Whether the edges are dates (milliseconds since 1970-01-01) rather than plain numbers.</summary>
    public bool IsDateTime => ColumnType == "datetime";

    /// <summary>The date an edge of a date histogram stands for (kind Unspecified, like the column's values).</summary>
    public static DateTime ToDateTime(double edge) =>
        new(DateTime.UnixEpoch.Ticks + (long)Math.Round(edge * TimeSpan.TicksPerMillisecond), DateTimeKind.Unspecified);
}
