using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Tracking;

/// <summary>
/// A started tracked run as block code holds it: every call is checked, then written to the store (and artifacts to
/// disk) before it returns. Once ended it refuses further logging, so a forgotten call after the end is an error
/// rather than a silent change to a finished run.
/// </summary>
internal sealed partial class ActiveTrackedRun : ITrackedRun
{
    private readonly TrackedRun _record;
    private readonly ITrackingStore _store;
    private readonly ArtifactStore _artifacts;
    private readonly TimeProvider _clock;
    private readonly Action<ActiveTrackedRun> _onEnded;
    private readonly SemaphoreSlim _ending = new(1, 1);
    private volatile bool _ended;

    public ActiveTrackedRun(
        TrackedRun record, string experiment, ITrackingStore store, ArtifactStore artifacts, TimeProvider clock, Action<ActiveTrackedRun> onEnded)
    {
        _record = record;
        Experiment = experiment;
        _store = store;
        _artifacts = artifacts;
        _clock = clock;
        _onEnded = onEnded;
    }

    public string Id => _record.Id.Value;

    public string Experiment { get; }

    public string Name => _record.Name;

    public async Task EndAsync(TrackedRunStatus status = TrackedRunStatus.Finished, CancellationToken cancellationToken = default)
    {
        if (status == TrackedRunStatus.Running || !Enum.IsDefined(status))
        {
            throw new SluiceException(
                $"Tracked run {Id} ('{Name}') cannot end as {status}; end it Finished, Failed or Killed.");
        }

        // Ending again is harmless, also after DisposeAsync has let the semaphore go.
        if (_ended)
        {
            return;
        }

        // One end at a time: a block's own EndAsync and the engine's clean-up may meet.
        await _ending.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ended)
            {
                return;
            }

            await _store.EndRunAsync(_record.Id, status, _clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            _ended = true;
        }
        finally
        {
            _ending.Release();
        }

        _onEnded(this);
    }

    public async ValueTask DisposeAsync()
    {
        await EndAsync(TrackedRunStatus.Finished, CancellationToken.None).ConfigureAwait(false);
        _ending.Dispose();
    }

    private void CheckOpen()
    {
        if (_ended)
        {
            throw new SluiceException($"Tracked run {Id} ('{Name}') has ended; start a new run to log more.");
        }
    }
}
