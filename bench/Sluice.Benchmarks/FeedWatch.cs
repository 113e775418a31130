using System.Diagnostics;

using Sluice.Core;
using Sluice.Server.Runs;

namespace Sluice.Benchmarks;

/// <summary>
/// Watches a project's run feed, as an open editor page does, for the next run of one block: when it started on
/// <see cref="Watch"/> (started by the caller at the click) and when its run ended.
/// </summary>
internal sealed class FeedWatch : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly string _block;
    private readonly IDisposable _subscription;
    private readonly TaskCompletionSource<TimeSpan> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private RunId? _run;

    public FeedWatch(RunFeed feed, string block)
    {
        _block = block;
        _subscription = feed.Subscribe(OnEvent);
    }

    public Stopwatch Watch { get; } = new();

    /// <summary>The time on <see cref="Watch"/> when the block started.</summary>
    public Task<TimeSpan> StartedAsync() => _started.Task.WaitAsync(Patience);

    /// <summary>Completes when the block's run ended completed; throws when it ended otherwise.</summary>
    public Task EndedAsync() => _ended.Task.WaitAsync(Patience);

    public void Dispose() => _subscription.Dispose();

    // The engine's thread: record and hand over, nothing more.
    private void OnEvent(RunEvent runEvent)
    {
        switch (runEvent)
        {
            case BlockStarted started when started.Block == _block && _run is null:
                _started.TrySetResult(Watch.Elapsed);
                _run = started.Run;
                break;
            case RunEnded ended when _run is null:
                _started.TrySetException(new InvalidOperationException($"A run ended {ended.Status} before {_block} started: {ended.Error}"));
                _ended.TrySetException(new InvalidOperationException($"A run ended {ended.Status} before {_block} started: {ended.Error}"));
                break;
            case RunEnded ended when ended.Run == _run:
                if (ended.Status == RunStatus.Completed)
                {
                    _ended.TrySetResult();
                }
                else
                {
                    _ended.TrySetException(new InvalidOperationException($"The run of {_block} ended {ended.Status}: {ended.Error}"));
                }

                break;
        }
    }
}
