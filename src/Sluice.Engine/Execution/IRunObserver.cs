using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>
/// Watches a run as it happens (the CLI's live progress, the server's live updates). Called after each event is
/// stored, from the thread that stored it; an observer must be quick and must not throw.
/// </summary>
public interface IRunObserver
{
    /// <summary>An event was stored.</summary>
    void OnEvent(RunEvent runEvent);

    /// <summary>A block or the run wrote a log line.</summary>
    void OnLog(LogEntry entry);
}
