namespace Sluice.Core;

/// <summary>
/// Where run events are kept and run records are read from. Implementations apply each event to the records in
/// the same transaction that appends it, so a reader never sees one without the other.
/// </summary>
public interface IRunStore
{
    /// <summary>Appends <paramref name="runEvent"/> and updates the records it changes.</summary>
    Task AppendAsync(RunEvent runEvent, CancellationToken cancellationToken = default);

    /// <summary>The run with <paramref name="id"/>, or null.</summary>
    Task<PipelineRun?> FindRunAsync(RunId id, CancellationToken cancellationToken = default);

    /// <summary>The runs whose id starts with <paramref name="prefix"/>, newest first, at most 10.</summary>
    Task<IReadOnlyList<PipelineRun>> FindRunsByPrefixAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Runs matching <paramref name="filter"/>, newest first.</summary>
    Task<Page<PipelineRun>> ListRunsAsync(RunFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The block runs of run <paramref name="id"/>, in the order the run created them.</summary>
    Task<IReadOnlyList<BlockRun>> ListBlockRunsAsync(RunId id, CancellationToken cancellationToken = default);

    /// <summary>The latest run of <paramref name="block"/> in <paramref name="pipeline"/> that ended Completed, or null.</summary>
    Task<BlockRun?> FindLatestCompletedBlockRunAsync(
        PipelineId pipeline, string block, CancellationToken cancellationToken = default);

    /// <summary>Every event of run <paramref name="id"/>, in the order they were appended.</summary>
    Task<IReadOnlyList<RunEvent>> ListEventsAsync(RunId id, CancellationToken cancellationToken = default);

    /// <summary>Runs that have not ended (Queued or Running), oldest first.</summary>
    Task<IReadOnlyList<PipelineRun>> ListUnfinishedRunsAsync(CancellationToken cancellationToken = default);

    /// <summary>Ids of runs that ended before <paramref name="cutoff"/>, oldest first.</summary>
    Task<IReadOnlyList<PipelineRun>> ListRunsEndedBeforeAsync(
        DateTimeOffset cutoff, CancellationToken cancellationToken = default);
}
