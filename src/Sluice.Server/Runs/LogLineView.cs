using Sluice.Core;

namespace Sluice.Server.Runs;

/// <summary>One log line of a run.</summary>
public sealed record LogLineView(string? Block, int Attempt, DateTimeOffset At, string Level, string Message)
{
    /// <summary>The view of <paramref name="entry"/>.</summary>
    public static LogLineView Of(LogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Block, entry.Attempt, entry.At, entry.Level.ToString(), entry.Message);
    }
}
