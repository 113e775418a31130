using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Storage.Sqlite;

/// <summary>A <c>tracked_runs</c> row as Dapper reads it.</summary>
internal sealed record TrackedRunRow
{
    public string Id { get; init; } = string.Empty;

    public string Experiment { get; init; } = string.Empty;

    public string Name { get; init; } = string.Empty;

    public string Status { get; init; } = string.Empty;

    public long StartedAt { get; init; }

    public long? EndedAt { get; init; }

    public string? PipelineRun { get; init; }

    public string? Pipeline { get; init; }

    public string? Block { get; init; }

    public long? Attempt { get; init; }

    public TrackedRun ToRun() => new(
        new TrackedRunId(Id),
        new ExperimentId(Experiment),
        Name,
        Enum.Parse<TrackedRunStatus>(Status),
        SqliteTime.FromTicks(StartedAt),
        EndedAt is { } ended ? SqliteTime.FromTicks(ended) : null,
        PipelineRun is null || Pipeline is null || Block is null
            ? null
            : new TrackedRunSource(new RunId(PipelineRun), new PipelineId(Pipeline), Block, (int)(Attempt ?? 0)));
}
