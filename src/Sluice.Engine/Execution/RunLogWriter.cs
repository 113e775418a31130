using System.Threading.Channels;
using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>
/// Collects a run's log lines and stores them in batches, so a chatty block costs one transaction per batch rather
/// than one per line. Lines reach the observer at once; <see cref="DisposeAsync"/> stores what is left.
/// </summary>
internal sealed class RunLogWriter : IAsyncDisposable
{
    private const int BatchSize = 256;
    private readonly Channel<LogEntry> _channel = Channel.CreateUnbounded<LogEntry>(
        new UnboundedChannelOptions { SingleReader = true });

    private readonly ILogStore _store;
    private readonly IRunObserver? _observer;
    private readonly Task _pump;

    public RunLogWriter(ILogStore store, IRunObserver? observer)
    {
        _store = store;
        _observer = observer;
        _pump = Task.Run(PumpAsync);
    }

    public void Write(LogEntry entry)
    {
        _observer?.OnLog(entry);
        _channel.Writer.TryWrite(entry);
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _pump;
    }

    private async Task PumpAsync()
    {
        var batch = new List<LogEntry>(BatchSize);
        while (await _channel.Reader.WaitToReadAsync())
        {
            while (batch.Count < BatchSize && _channel.Reader.TryRead(out var entry))
            {
                batch.Add(entry);
            }

            // Logs must never fail a run: a store that cannot take them loses these lines, not the run.
            try
            {
                await _store.AppendAsync(batch);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                _observer?.OnLog(batch[0] with { Level = Microsoft.Extensions.Logging.LogLevel.Warning, Message = $"{batch.Count} log lines were not stored: {e.Message}" });
            }

            batch.Clear();
        }
    }
}
