using Sluice.Sdk;

namespace Sluice.Core;

/// <summary>
/// Which tracked runs to list and in which order; a null field does not filter. Without <see cref="OrderBy"/> the
/// newest runs come first (<see cref="TrackedRunOrder.NewestFirst"/>).
/// </summary>
/// <param name="Experiment">Only runs of this experiment.</param>
/// <param name="Status">Only runs with this status.</param>
public sealed record TrackedRunFilter(ExperimentId? Experiment = null, TrackedRunStatus? Status = null)
{
    /// <summary>Every run, newest first.</summary>
    public static TrackedRunFilter All { get; } = new();

    /// <summary>Only runs started by blocks of this pipeline run.</summary>
    public RunId? PipelineRun { get; init; }

    /// <summary>Only runs started by blocks of this pipeline.</summary>
    public PipelineId? Pipeline { get; init; }

    /// <summary>Only runs started by blocks of this name (of any pipeline unless <see cref="Pipeline"/> is set).</summary>
    public string? Block { get; init; }

    /// <summary>Sort by a metric, a param or start time instead of newest first.</summary>
    public TrackedRunOrder? OrderBy { get; init; }
}
