using Sluice.Core;
using Sluice.Engine;
using Sluice.Sdk;

namespace Sluice.Server.Tracking;

/// <summary>Reads a project's experiments and tracked runs for the API, the pages and the CLI; every list is paged.</summary>
public static class ExperimentQueries
{
    /// <summary>Experiments by name, each with its number of runs and when the last one started.</summary>
    public static async Task<Page<ExperimentView>> ListAsync(SluiceProject project, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var experiments = await project.Store.Tracking.ListExperimentsAsync(page, cancellationToken);
        var views = new List<ExperimentView>(experiments.Items.Count);
        foreach (var experiment in experiments.Items)
        {
            views.Add(await ViewAsync(project, experiment, cancellationToken));
        }

        return new Page<ExperimentView>(views, experiments.Number, experiments.Size, experiments.Total);
    }

    /// <summary>
    /// The experiment <paramref name="experiment"/> names: its id (what the pages link with) or its name (what
    /// people type); null when neither matches.
    /// </summary>
    public static async Task<Experiment?> FindAsync(SluiceProject project, string experiment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(experiment);
        if (ExperimentId.TryParse(experiment, out var id) && await project.Store.Tracking.FindExperimentAsync(id, cancellationToken) is { } byId)
        {
            return byId;
        }

        return await project.Store.Tracking.FindExperimentByNameAsync(experiment, cancellationToken);
    }

    /// <summary><paramref name="experiment"/> with its run count and the param and metric keys its runs logged.</summary>
    public static async Task<ExperimentDetails> DetailsAsync(
        SluiceProject project, Experiment experiment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(experiment);
        var view = await ViewAsync(project, experiment, cancellationToken);
        var keys = await project.Store.Tracking.ListKeysAsync(experiment.Id, cancellationToken);
        return new ExperimentDetails(view, keys.Params, keys.Metrics);
    }

    /// <summary>Tracked runs matching <paramref name="filter"/>, in its order.</summary>
    public static async Task<Page<TrackedRunView>> RunsAsync(
        SluiceProject project, TrackedRunFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var runs = await project.Store.Tracking.ListRunsAsync(filter, page, cancellationToken);
        return new Page<TrackedRunView>([.. runs.Items.Select(TrackedRunView.Of)], runs.Number, runs.Size, runs.Total);
    }

    /// <summary>Tracked run <paramref name="id"/>, or null when there is no such run (or the text is no run id).</summary>
    public static async Task<TrackedRunView?> FindRunViewAsync(SluiceProject project, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        return TrackedRunId.TryParse(id, out var runId) && await project.Store.Tracking.FindRunAsync(runId, cancellationToken) is { } run
            ? TrackedRunView.Of(run)
            : null;
    }

    /// <summary>
    /// Tracked run <paramref name="id"/> with every metric's history, its artifacts and its model folders; null when
    /// there is no such run (or the text is no run id).
    /// </summary>
    public static async Task<TrackedRunDetails?> FindRunAsync(SluiceProject project, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (!TrackedRunId.TryParse(id, out var runId) || await project.Store.Tracking.FindRunAsync(runId, cancellationToken) is not { } run)
        {
            return null;
        }

        var tracking = project.Store.Tracking;
        var experiment = await tracking.FindExperimentAsync(run.Experiment, cancellationToken);
        var history = new SortedDictionary<string, IReadOnlyList<MetricPointView>>(StringComparer.Ordinal);
        foreach (var key in run.Metrics.Keys)
        {
            var points = await tracking.ListMetricHistoryAsync(run.Id, key, cancellationToken);
            history[key] = [.. points.Select(p => new MetricPointView(p.Value, p.Step, p.At))];
        }

        var artifacts = await tracking.ListArtifactsAsync(run.Id, cancellationToken);
        return new TrackedRunDetails(TrackedRunView.Of(run), experiment?.Name ?? run.Experiment.Value, history, artifacts, ModelFolders(artifacts));
    }

    /// <summary>
    /// The file of artifact <paramref name="name"/> of tracked run <paramref name="run"/>, or null when the run does
    /// not keep such an artifact. Only listed artifacts are served, and their names can never leave the run's folder.
    /// </summary>
    /// <exception cref="SluiceException">The name is not a valid artifact name (empty, rooted, holding '..').</exception>
    public static async Task<string?> ArtifactPathAsync(
        SluiceProject project, TrackedRun run, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(run);
        var normalized = ArtifactNames.Normalize(name);
        var artifacts = await project.Store.Tracking.ListArtifactsAsync(run.Id, cancellationToken);
        if (!artifacts.Any(a => a.Name == normalized))
        {
            return null;
        }

        var path = project.Artifacts.PathOf(run.Experiment, run.Id, normalized);
        return File.Exists(path) ? path : null;
    }

    // A folder holding both files is what the registry registers (see ModelArtifact).
    private static List<string> ModelFolders(IReadOnlyList<ArtifactEntry> artifacts)
    {
        var names = artifacts.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        var suffix = "/" + ModelArtifact.ModelFileName;
        return
        [
            .. names
                .Where(n => n.EndsWith(suffix, StringComparison.Ordinal))
                .Select(n => n[..^suffix.Length])
                .Where(folder => names.Contains(ModelArtifact.SignatureFileOf(folder)))
                .Order(StringComparer.Ordinal),
        ];
    }

    private static async Task<ExperimentView> ViewAsync(SluiceProject project, Experiment experiment, CancellationToken cancellationToken)
    {
        var latest = await project.Store.Tracking.ListRunsAsync(new TrackedRunFilter(experiment.Id), new PageRequest(1, 1), cancellationToken);
        return new ExperimentView(
            experiment.Id.Value, experiment.Name, experiment.CreatedAt, latest.Total, latest.Items.Count == 0 ? null : latest.Items[0].StartedAt);
    }
}
