using Sluice.Core;

namespace Sluice.Storage.Tests.Sqlite;

/// <summary>Builds the events of a run at fixed times.</summary>
internal static class RunEvents
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static RunCreated Created(
        RunId run, string pipeline = "data_preparation", DateTimeOffset? at = null, params string[] blocks) =>
        new(
            run,
            at ?? T0,
            new PipelineId(pipeline),
            "hash-" + run.Value[..Math.Min(8, run.Value.Length)],
            new Dictionary<string, string> { ["split_on_feature"] = "lpep_pickup_datetime" },
            blocks.Length == 0 ? ["ingest", "prepare"] : blocks);
}
