using Sluice.Core;
using Sluice.Engine.Execution;

namespace Sluice.Server.Runs;

/// <summary>
/// Fans a project's run events and log lines out to whoever watches (open pages). Handlers run on the engine's
/// thread: they must be quick, and a handler that throws is dropped rather than allowed to disturb the run.
/// </summary>
public sealed class RunFeed : IRunObserver
{
    private readonly Lock _gate = new();
    private ImmutableHandlers _handlers = ImmutableHandlers.Empty;

    /// <summary>Calls <paramref name="onEvent"/> and <paramref name="onLog"/> until the returned handle is disposed.</summary>
    public IDisposable Subscribe(Action<RunEvent> onEvent, Action<LogEntry>? onLog = null)
    {
        var handler = new Handler(onEvent, onLog);
        lock (_gate)
        {
            _handlers = _handlers.Add(handler);
        }

        return new Subscription(this, handler);
    }

    /// <inheritdoc />
    public void OnEvent(RunEvent runEvent)
    {
        foreach (var handler in _handlers.Items)
        {
            Deliver(handler, h => h.OnEvent(runEvent));
        }
    }

    /// <inheritdoc />
    public void OnLog(LogEntry entry)
    {
        foreach (var handler in _handlers.Items)
        {
            if (handler.OnLog is { } onLog)
            {
                Deliver(handler, _ => onLog(entry));
            }
        }
    }

    private void Deliver(Handler handler, Action<Handler> action)
    {
        try
        {
            action(handler);
        }
#pragma warning disable CA1031 // A watcher's bug must not fail the run it watches.
        catch (Exception)
#pragma warning restore CA1031
        {
            Remove(handler);
        }
    }

    private void Remove(Handler handler)
    {
        lock (_gate)
        {
            _handlers = _handlers.Remove(handler);
        }
    }

    private sealed record Handler(Action<RunEvent> OnEvent, Action<LogEntry>? OnLog);

    private sealed record ImmutableHandlers(Handler[] Items)
    {
        public static ImmutableHandlers Empty { get; } = new([]);

        public ImmutableHandlers Add(Handler handler) => new([.. Items, handler]);

        public ImmutableHandlers Remove(Handler handler) => new([.. Items.Where(h => !ReferenceEquals(h, handler))]);
    }

    private sealed class Subscription(RunFeed feed, Handler handler) : IDisposable
    {
        public void Dispose() => feed.Remove(handler);
    }
}
