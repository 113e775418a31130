using System.Globalization;

using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Tracking;

/// <summary>
/// Starts tracked runs in a project's store and artifact folder. The engine makes one per block attempt, whose runs
/// carry the attempt's pipeline run, pipeline, block and attempt as columns and as <c>sluice.*</c> tags, and ends the
/// runs the block left open when the attempt ends; code outside a pipeline can make one without a source.
/// </summary>
public sealed class ExperimentTracker : IExperimentTracker
{
    /// <summary>Tag holding the id of the pipeline run that started a tracked run.</summary>
    public const string PipelineRunTag = "sluice.pipeline_run";

    /// <summary>Tag holding the pipeline's name.</summary>
    public const string PipelineTag = "sluice.pipeline";

    /// <summary>Tag holding the block's name.</summary>
    public const string BlockTag = "sluice.block";

    /// <summary>Tag holding the block's attempt number.</summary>
    public const string AttemptTag = "sluice.attempt";

    private readonly IMetadataStore _store;
    private readonly ArtifactStore _artifacts;
    private readonly TimeProvider _clock;
    private readonly TrackedRunSource? _source;
    private readonly Lock _gate = new();
    private readonly List<ActiveTrackedRun> _open = [];
    private int _started;

    /// <summary>A tracker whose runs record <paramref name="source"/>, when given, as where they came from.</summary>
    public ExperimentTracker(IMetadataStore store, ArtifactStore artifacts, TimeProvider clock, TrackedRunSource? source = null)
    {
        _store = store;
        _artifacts = artifacts;
        _clock = clock;
        _source = source;
    }

    /// <inheritdoc />
    public async Task<ITrackedRun> StartRunAsync(
        string experiment, string? runName = null, CancellationToken cancellationToken = default)
    {
        var number = Interlocked.Increment(ref _started);
        var name = runName ?? $"{_source?.Block ?? "run"}-{number.ToString(CultureInfo.InvariantCulture)}";
        TrackingNames.CheckName(name, "Run name");
        var found = await _store.Tracking.GetOrCreateExperimentAsync(experiment, _clock.GetUtcNow(), cancellationToken)
            .ConfigureAwait(false);
        var record = await _store.Tracking.StartRunAsync(
            new NewTrackedRun(found.Id, name, _clock.GetUtcNow(), _source) { Tags = SourceTags() },
            cancellationToken).ConfigureAwait(false);
        var run = new ActiveTrackedRun(record, found.Name, _store.Tracking, _artifacts, _clock, Forget);
        lock (_gate)
        {
            _open.Add(run);
        }

        return run;
    }

    /// <summary>
    /// Ends, with <paramref name="status"/>, every run this tracker started that is still open; returns how many.
    /// The engine calls it when the attempt ends, so no run a block forgot stays Running.
    /// </summary>
    public async Task<int> EndOpenRunsAsync(TrackedRunStatus status)
    {
        ActiveTrackedRun[] open;
        lock (_gate)
        {
            open = [.. _open];
        }

        foreach (var run in open)
        {
            // Not cancellable: the run must not stay Running because the pipeline run is being cancelled.
            await run.EndAsync(status, CancellationToken.None).ConfigureAwait(false);
        }

        return open.Length;
    }

    private Dictionary<string, string> SourceTags() => _source is null
        ? []
        : new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PipelineRunTag] = _source.PipelineRun.Value,
            [PipelineTag] = _source.Pipeline.Value,
            [BlockTag] = _source.Block,
            [AttemptTag] = _source.Attempt.ToString(CultureInfo.InvariantCulture),
        };

    private void Forget(ActiveTrackedRun run)
    {
        lock (_gate)
        {
            _open.Remove(run);
        }
    }
}
