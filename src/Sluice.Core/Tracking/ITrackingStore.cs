using Sluice.Sdk;

namespace Sluice.Core;

/// <summary>
/// Where experiment tracking is kept (MLflow's tracking store): experiments, tracked runs, their params, metric
/// history, tags and the names of their artifacts (the files themselves live on disk, beside the database).
/// </summary>
/// <remarks>
/// Every write is one transaction and checks its input first: a bad name or key (see <see cref="TrackingNames"/>),
/// an unknown run or experiment, or a param logged again with another value throws <see cref="SluiceException"/>
/// naming it, and records nothing. Writes to a run that has ended are allowed, as MLflow allows them; the block-facing
/// API refuses them itself.
/// </remarks>
public interface ITrackingStore
{
    /// <summary>
    /// The experiment called <paramref name="name"/>, created (stamped <paramref name="at"/>) when there is none. Two
    /// callers at once, in any processes, get the same experiment.
    /// </summary>
    Task<Experiment> GetOrCreateExperimentAsync(string name, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The experiment with <paramref name="id"/>, or null.</summary>
    Task<Experiment?> FindExperimentAsync(ExperimentId id, CancellationToken cancellationToken = default);

    /// <summary>The experiment called <paramref name="name"/> (case-sensitive), or null.</summary>
    Task<Experiment?> FindExperimentByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every experiment, by name in ordinal order.</summary>
    Task<Page<Experiment>> ListExperimentsAsync(PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Starts a run: it gets a new id and status <see cref="TrackedRunStatus.Running"/>.</summary>
    Task<TrackedRun> StartRunAsync(NewTrackedRun run, CancellationToken cancellationToken = default);

    /// <summary>The run with <paramref name="id"/>, with its params, latest metrics and tags, or null.</summary>
    Task<TrackedRun?> FindRunAsync(TrackedRunId id, CancellationToken cancellationToken = default);

    /// <summary>Runs matching <paramref name="filter"/>, in its order, with their params, latest metrics and tags.</summary>
    Task<Page<TrackedRun>> ListRunsAsync(
        TrackedRunFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>
    /// The param and metric keys the runs of <paramref name="experiment"/> have logged; empty lists for an experiment
    /// without runs or one that does not exist.
    /// </summary>
    Task<ExperimentKeys> ListKeysAsync(ExperimentId experiment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records params, all or none. A key logged before with the same value is left as it is; with another value it
    /// fails, naming the key and both values: params never change once logged.
    /// </summary>
    Task LogParamsAsync(
        TrackedRunId run, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default);

    /// <summary>Appends metric values, all or none, and updates each metric's latest value.</summary>
    Task LogMetricsAsync(TrackedRunId run, IReadOnlyList<MetricPoint> points, CancellationToken cancellationToken = default);

    /// <summary>Every value logged for metric <paramref name="key"/> of <paramref name="run"/>, by step then time.</summary>
    Task<IReadOnlyList<MetricPoint>> ListMetricHistoryAsync(
        TrackedRunId run, string key, CancellationToken cancellationToken = default);

    /// <summary>Sets tags, replacing earlier values of the same keys.</summary>
    Task SetTagsAsync(
        TrackedRunId run, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that <paramref name="run"/> keeps <paramref name="artifact"/>, replacing an entry of the same name.
    /// Call it after the file is in place, so a listed artifact always exists.
    /// </summary>
    Task RecordArtifactAsync(TrackedRunId run, ArtifactEntry artifact, CancellationToken cancellationToken = default);

    /// <summary>The artifacts <paramref name="run"/> keeps, by name in ordinal order.</summary>
    Task<IReadOnlyList<ArtifactEntry>> ListArtifactsAsync(TrackedRunId run, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends <paramref name="run"/> with <paramref name="status"/> at <paramref name="at"/>. True when this call ended
    /// it; false when it had already ended, which changes nothing.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="status"/> is <see cref="TrackedRunStatus.Running"/>.</exception>
    Task<bool> EndRunAsync(
        TrackedRunId run, TrackedRunStatus status, DateTimeOffset at, CancellationToken cancellationToken = default);
}
