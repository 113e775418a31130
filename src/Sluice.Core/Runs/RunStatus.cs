namespace Sluice.Core;

/// <summary>The status of a pipeline run.</summary>
public enum RunStatus
{
    /// <summary>Created, not started.</summary>
    Queued,

    /// <summary>At least one block has started and the run has not finished.</summary>
    Running,

    /// <summary>Every block completed.</summary>
    Completed,

    /// <summary>At least one block failed.</summary>
    Failed,

    /// <summary>Cancelled before it finished.</summary>
    Cancelled,
}
