namespace Sluice.Core;

/// <summary>What tracked runs can be sorted by.</summary>
public enum TrackedRunSortKey
{
    /// <summary>When each run started.</summary>
    StartTime,

    /// <summary>The latest value of one metric.</summary>
    Metric,

    /// <summary>The value of one param: numerically when it reads as a number, else as text.</summary>
    Param,
}
