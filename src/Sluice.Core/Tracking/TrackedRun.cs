using Sluice.Sdk;

namespace Sluice.Core;

/// <summary>One tracked run (MLflow's run) as stored: one try at a model and what it recorded.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Experiment">The experiment it belongs to.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">Running until it ends.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended, or null while it runs.</param>
/// <param name="Source">The pipeline run and block that started it, or null for a run started outside a pipeline.</param>
public sealed record TrackedRun(
    TrackedRunId Id,
    ExperimentId Experiment,
    string Name,
    TrackedRunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    TrackedRunSource? Source)
{
    /// <summary>Params by key; a param never changes once logged.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The value of each metric: the one logged at the highest step, the latest among equal steps (MLflow's latest
    /// metrics). The whole history is in <see cref="ITrackingStore.ListMetricHistoryAsync"/>.
    /// </summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>Tags by key, Sluice's own (<c>sluice.*</c>) among them.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}
