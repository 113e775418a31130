namespace Sluice.ML.Profiling;

/// <summary>One bucket of a <see cref="TimeSeries"/>.</summary>
/// <param name="Start">The first instant of the bucket (a whole hour, a midnight, a Monday, a 1st of the month).</param>
/// <param name="Count">The rows whose date falls in the bucket.</param>
public sealed record TimePoint(DateTime Start, long Count);
