using System.Globalization;
using Sluice.Core;
using Sluice.Engine.Execution;

namespace Sluice.Cli.Display;

/// <summary>Progress as plain lines, for pipes and CI logs (live displays print nothing there).</summary>
internal sealed class PlainRunObserver(TextWriter output) : IRunObserver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _started = new(StringComparer.Ordinal);

    public void OnEvent(RunEvent runEvent)
    {
        var line = runEvent switch
        {
            RunCreated created => $"Run {created.Run} of {created.Pipeline}: {created.Blocks.Count} block(s)",
            ChildBlocksAdded added => $"[{added.Block}] runs once per item: {string.Join(", ", added.Children)}",
            BlockStarted started => Started(started),
            BlockAttemptFailed failed => $"[{failed.Block}] attempt {failed.Attempt} failed: {failed.Error}",
            BlockEnded ended => Ended(ended),
            _ => null,
        };
        if (line is not null)
        {
            lock (_gate)
            {
                output.WriteLine(line);
            }
        }
    }

    public void OnLog(LogEntry entry)
    {
        lock (_gate)
        {
            output.WriteLine($"[{entry.Block ?? "run"}] {entry.Level.ToString().ToLowerInvariant()}: {entry.Message}");
        }
    }

    private string Started(BlockStarted started)
    {
        lock (_gate)
        {
            _started.TryAdd(started.Block, started.At);
        }

        return $"[{started.Block}] started (attempt {started.Attempt})";
    }

    private string Ended(BlockEnded ended)
    {
        string took;
        lock (_gate)
        {
            took = _started.TryGetValue(ended.Block, out var start)
                ? " in " + RunSummary.Format(ended.At - start)
                : string.Empty;
        }

        var line = $"[{ended.Block}] {ended.Status}{took}";
        return ended.Error is null ? line : string.Create(CultureInfo.InvariantCulture, $"{line}: {ended.Error}");
    }
}
