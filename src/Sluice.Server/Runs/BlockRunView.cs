using Sluice.Core;

namespace Sluice.Server.Runs;

/// <summary>One block of a run as the API and the pages show it.</summary>
public sealed record BlockRunView(
    string Block,
    BlockRunStatus Status,
    int Attempts,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    double? DurationSeconds,
    string? Error)
{
    /// <summary>The view of <paramref name="run"/>.</summary>
    public static BlockRunView Of(BlockRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Key.Block, run.Status, run.Attempts, run.StartedAt, run.EndedAt, run.Duration?.TotalSeconds, run.Error);
    }
}
