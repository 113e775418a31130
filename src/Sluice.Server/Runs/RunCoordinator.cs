using System.Collections.Concurrent;

using Sluice.Core;
using Sluice.Engine;
using Sluice.Engine.Execution;

namespace Sluice.Server.Runs;

/// <summary>
/// Runs a project's pipelines for the server: in the background for "Run @once" and retries, awaited for a block run
/// from the editor. Every run reports to <see cref="Feed"/> and can be cancelled while it runs.
/// </summary>
public sealed class RunCoordinator(SluiceProject project, TimeProvider clock) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<RunId, ActiveRun> _active = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    /// <summary>Live events and log lines of this project's runs.</summary>
    public RunFeed Feed { get; } = new();

    /// <summary>The clock runs are timed by.</summary>
    public TimeProvider Clock => clock;

    /// <summary>Whether run <paramref name="id"/> is running in this server now.</summary>
    public bool IsActive(RunId id) => _active.ContainsKey(id);

    /// <summary>
    /// Starts <paramref name="request"/> in the background and returns its run id once the run is recorded.
    /// Problems found before any block runs (an invalid pipeline, a compile error) throw here.
    /// </summary>
    public async Task<RunId> StartAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        var created = new TaskCompletionSource<RunId>(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var observer = new CreationWatcher(Feed, created);
        var run = Task.Run(() => project.RunAsync(request, observer, cancel.Token), CancellationToken.None);
        _ = run.ContinueWith(
            finished =>
            {
                if (finished.Exception is { } error)
                {
                    created.TrySetException(error.InnerExceptions);
                }
                else if (finished.IsCanceled)
                {
                    created.TrySetCanceled(CancellationToken.None);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        // Once started, the run goes on even if the caller stops waiting: it must be tracked so it can be cancelled.
        cancellationToken.ThrowIfCancellationRequested();
        var id = await created.Task;
        var active = new ActiveRun(id, cancel, run);
        _active[id] = active;
        _ = run.ContinueWith(
            _ =>
            {
                _active.TryRemove(id, out var _);
                cancel.Dispose();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        return id;
    }

    /// <summary>Runs <paramref name="request"/> and waits for it to end (a block run from the editor).</summary>
    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken = default)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, cancellationToken);
        var created = new TaskCompletionSource<RunId>(TaskCreationOptions.RunContinuationsAsynchronously);
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var observer = new CreationWatcher(Feed, created, id => _active[id] = new ActiveRun(id, cancel, ended.Task));
        try
        {
            return await project.RunAsync(request, observer, cancel.Token);
        }
        finally
        {
            if (created.Task.IsCompletedSuccessfully)
            {
                _active.TryRemove(created.Task.Result, out var _);
            }

            ended.TrySetResult();
        }
    }

    /// <summary>Asks run <paramref name="id"/> to stop; false when it is not running in this server.</summary>
    public async Task<bool> CancelAsync(RunId id)
    {
        if (!_active.TryGetValue(id, out var run))
        {
            return false;
        }

        await run.Cancellation.CancelAsync();
        return true;
    }

    /// <summary>Waits for run <paramref name="id"/> to end, if it runs here.</summary>
    public Task WhenEndedAsync(RunId id) => _active.TryGetValue(id, out var run) ? run.Completion : Task.CompletedTask;

    /// <summary>Cancels every run and waits for them to end, so none is left Running.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        foreach (var run in _active.Values)
        {
            try
            {
                await run.Completion;
            }
#pragma warning disable CA1031 // Shutting down: the run's own record says how it ended.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        _stopping.Dispose();
    }

    /// <summary>Passes events on to the feed and reports the run's id as soon as the run is recorded.</summary>
    private sealed class CreationWatcher(RunFeed feed, TaskCompletionSource<RunId> created, Action<RunId>? onCreated = null)
        : IRunObserver
    {
        public void OnEvent(RunEvent runEvent)
        {
            if (runEvent is RunCreated)
            {
                onCreated?.Invoke(runEvent.Run);
                created.TrySetResult(runEvent.Run);
            }

            feed.OnEvent(runEvent);
        }

        public void OnLog(LogEntry entry) => feed.OnLog(entry);
    }
}
