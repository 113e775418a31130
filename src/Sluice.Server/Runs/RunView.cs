using Sluice.Core;

namespace Sluice.Server.Runs;

/// <summary>A pipeline run as the API and the pages show it.</summary>
public sealed record RunView(
    string Id,
    string Pipeline,
    RunStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    double? DurationSeconds,
    string? Error,
    IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>The view of <paramref name="run"/>.</summary>
    public static RunView Of(PipelineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(run.Id.Value, run.Pipeline.Value, run.Status, run.CreatedAt, run.StartedAt, run.EndedAt,
            run.Duration?.TotalSeconds, run.Error, run.Variables);
    }
}
