namespace Sluice.Core;

/// <summary>The record of one pipeline run, derived from its events.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Pipeline">The pipeline that ran.</param>
/// <param name="VersionHash">Content hash of the pipeline file and every block source the run used.</param>
/// <param name="Variables">The run's resolved variables as text.</param>
/// <param name="Status">The run's status.</param>
/// <param name="CreatedAt">When the run was created.</param>
/// <param name="StartedAt">When the first block started.</param>
/// <param name="EndedAt">When the run finished.</param>
/// <param name="Error">Why the run failed, when it did.</param>
public sealed record PipelineRun(
    RunId Id,
    PipelineId Pipeline,
    string VersionHash,
    IReadOnlyDictionary<string, string> Variables,
    RunStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    string? Error)
{
    /// <summary>The process that runs it (see <see cref="RunOwner"/>), when known.</summary>
    public string? Owner { get; init; }

    /// <summary>How long the run took, once it has ended.</summary>
    public TimeSpan? Duration => StartedAt is { } start && EndedAt is { } end ? end - start : null;
}
