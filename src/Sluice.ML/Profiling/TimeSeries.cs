namespace Sluice.ML.Profiling;

/// <summary>The number of rows per hour, day, week or month of a date column.</summary>
/// <param name="Column">The column's name.</param>
/// <param name="Bucket">The bucket width.</param>
/// <param name="Points">
/// The buckets in time order. From the first to the last non-empty bucket every bucket is listed, empty ones with
/// count 0, unless that would take more than <see cref="MaxFilledPoints"/> points (say, one stray 2009 date among
/// 2024 trips, hourly): then only non-empty buckets are listed and <paramref name="GapsFilled"/> is false.
/// </param>
/// <param name="GapsFilled">Whether empty buckets between the first and the last are listed.</param>
/// <param name="Counted">The rows counted into buckets; the point counts sum to it.</param>
/// <param name="Missing">Rows the filter kept whose date is null.</param>
/// <param name="FilteredOut">Rows the filter left out.</param>
public sealed record TimeSeries(
    string Column,
    TimeBucket Bucket,
    IReadOnlyList<TimePoint> Points,
    bool GapsFilled,
    long Counted,
    long Missing,
    long FilteredOut)
{
    /// <summary>The most points a series lists with its empty buckets filled in.</summary>
    public const int MaxFilledPoints = 10_000;
}
