using Sluice.Core;
using Sluice.Sdk;

using static Sluice.Storage.Tests.Sqlite.RunEvents;

namespace Sluice.Storage.Tests.Sqlite;

/// <summary>Experiments, tracked runs and signatures for store tests.</summary>
internal static class TrackingData
{
    public static readonly ModelSignature Signature = new(
        [new ModelColumn("PU_DO", ModelColumnType.String), new ModelColumn("trip_distance", ModelColumnType.Float32)],
        [new ModelColumn("Score", ModelColumnType.Float32)]);

    public static async Task<TrackedRun> StartRunAsync(
        IMetadataStore store, string experiment = "taxi", string name = "try", DateTimeOffset? at = null, TrackedRunSource? source = null)
    {
        var found = await store.Tracking.GetOrCreateExperimentAsync(experiment, T0);
        return await store.Tracking.StartRunAsync(new NewTrackedRun(found.Id, name, at ?? T0, source));
    }

    public static MetricPoint Point(string key, double value, long step = 0, int second = 0) =>
        new(key, value, step, T0.AddSeconds(second));
}
