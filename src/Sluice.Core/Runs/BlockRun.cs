namespace Sluice.Core;

/// <summary>The record of one block in one pipeline run, derived from its events.</summary>
/// <param name="Key">The pipeline, run and block.</param>
/// <param name="Status">The block's status.</param>
/// <param name="Attempts">How many attempts started (0 if the block never ran).</param>
/// <param name="StartedAt">When the first attempt started.</param>
/// <param name="EndedAt">When the block finished.</param>
/// <param name="Error">The last attempt's error, or the failing block test's message.</param>
public sealed record BlockRun(
    BlockKey Key,
    BlockRunStatus Status,
    int Attempts,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    string? Error)
{
    /// <summary>How long the block took, once it has ended.</summary>
    public TimeSpan? Duration => StartedAt is { } start && EndedAt is { } end ? end - start : null;
}
