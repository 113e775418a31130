namespace Sluice.Core;

/// <summary>The status of one block in a pipeline run.</summary>
public enum BlockRunStatus
{
    /// <summary>Waiting for its upstream blocks.</summary>
    Queued,

    /// <summary>An attempt is running.</summary>
    Running,

    /// <summary>Succeeded, outputs written and block tests passed.</summary>
    Completed,

    /// <summary>Its last attempt failed, or a block test failed.</summary>
    Failed,

    /// <summary>The run was cancelled before the block finished.</summary>
    Cancelled,

    /// <summary>Not run because a block upstream failed.</summary>
    UpstreamFailed,

    /// <summary>Not run because a condition block upstream said no.</summary>
    ConditionFailed,

    /// <summary>Not part of this run (for example a run of one block).</summary>
    Skipped,
}
