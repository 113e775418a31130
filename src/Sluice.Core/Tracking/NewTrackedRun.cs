namespace Sluice.Core;

/// <summary>What starting a tracked run records.</summary>
/// <param name="Experiment">The experiment the run belongs to; it must exist.</param>
/// <param name="Name">The run's name; not empty.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="Source">The pipeline run and block that started it, or null.</param>
public sealed record NewTrackedRun(
    ExperimentId Experiment, string Name, DateTimeOffset StartedAt, TrackedRunSource? Source = null)
{
    /// <summary>Tags the run starts with.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}
