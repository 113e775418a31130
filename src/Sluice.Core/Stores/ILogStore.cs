namespace Sluice.Core;

/// <summary>Where the log lines of runs are kept.</summary>
public interface ILogStore
{
    /// <summary>Appends <paramref name="entries"/> in one transaction.</summary>
    Task AppendAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>Log lines matching <paramref name="filter"/>, oldest first.</summary>
    Task<Page<LogEntry>> ListAsync(LogFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Deletes the log lines of <paramref name="run"/>; returns how many went.</summary>
    Task<int> DeleteRunAsync(RunId run, CancellationToken cancellationToken = default);
}
