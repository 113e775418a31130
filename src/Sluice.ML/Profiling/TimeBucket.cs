namespace Sluice.ML.Profiling;

/// <summary>The width of a time series' buckets. Weeks start on Monday, as ISO weeks do.</summary>
public enum TimeBucket
{
    Hour,
    Day,
    Week,
    Month,
}
