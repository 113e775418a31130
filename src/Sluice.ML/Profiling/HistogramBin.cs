namespace Sluice.ML.Profiling;

/// <summary>
/// One bin of a <see cref="Histogram"/>: the values from <paramref name="Start"/> (inclusive) to
/// <paramref name="End"/> (exclusive, except in the last bin, which includes its end).
/// For date columns both edges are milliseconds since 1970-01-01 of the stored wall-clock time, what JavaScript's
/// <c>new Date(ms)</c> takes; <see cref="Histogram.ToDateTime"/> turns them back into dates.
/// </summary>
/// <param name="Start">The lower edge.</param>
/// <param name="End">The upper edge.</param>
/// <param name="Count">How many kept values fall in the bin.</param>
public sealed record HistogramBin(double Start, double End, long Count);
