namespace Sluice.Sdk;

/// <summary>Where a tracked run is in its life (MLflow's run statuses).</summary>
public enum TrackedRunStatus
{
    /// <summary>Started and not ended: it may still log.</summary>
    Running,

    /// <summary>Ended normally.</summary>
    Finished,

    /// <summary>Ended because what it tracked failed.</summary>
    Failed,

    /// <summary>Ended because it was cancelled (MLflow's KILLED).</summary>
    Killed,
}
