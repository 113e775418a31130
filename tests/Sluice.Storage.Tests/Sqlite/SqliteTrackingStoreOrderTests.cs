using Sluice.Core;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;
using static Sluice.Storage.Tests.Sqlite.TrackingData;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteTrackingStoreOrderTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ListRuns_ByParam_SortsNumbersAsNumbers_ThenText_WithRunsLackingItLast()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var values = new (string Name, string? Rate)[]
        {
            ("tenth", "0.1"), ("none", null), ("twentieth", "0.05"), ("auto", "auto"), ("one", "1e0"), ("two", "2"),
        };
        for (var i = 0; i < values.Length; i++)
        {
            var run = await StartRunAsync(store, name: values[i].Name, at: T0.AddSeconds(i));
            if (values[i].Rate is { } rate)
            {
                await store.Tracking.LogParamsAsync(run.Id, new Dictionary<string, string> { ["learning_rate"] = rate });
            }
        }

        async Task<List<string>> NamesAsync(bool descending) =>
            (await store.Tracking.ListRunsAsync(
                TrackedRunFilter.All with { OrderBy = TrackedRunOrder.ByParam("learning_rate", descending) }, new PageRequest(1, 10)))
            .Items.Select(r => r.Name).ToList();

        (await NamesAsync(false)).ShouldBe(["twentieth", "tenth", "one", "two", "auto", "none"]);
        (await NamesAsync(true)).ShouldBe(["auto", "two", "one", "tenth", "twentieth", "none"]);
    }

    [Fact]
    public async Task ListRuns_ByStartTime_SortsOldestOrNewestFirst()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        await StartRunAsync(store, name: "second", at: T0.AddMinutes(2));
        await StartRunAsync(store, name: "first", at: T0.AddMinutes(1));
        await StartRunAsync(store, name: "third", at: T0.AddMinutes(3));

        async Task<List<string>> NamesAsync(TrackedRunOrder? order) =>
            (await store.Tracking.ListRunsAsync(TrackedRunFilter.All with { OrderBy = order }, new PageRequest(1, 10)))
            .Items.Select(r => r.Name).ToList();

        (await NamesAsync(TrackedRunOrder.ByStartTime(descending: false))).ShouldBe(["first", "second", "third"]);
        (await NamesAsync(TrackedRunOrder.ByStartTime())).ShouldBe(["third", "second", "first"]);
        (await NamesAsync(null)).ShouldBe(["third", "second", "first"]);
    }

    [Fact]
    public async Task ListKeys_GivesTheParamAndMetricKeysOfOneExperimentsRuns_InOrdinalOrder()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var first = await StartRunAsync(store, "taxi", "first");
        var second = await StartRunAsync(store, "taxi", "second");
        var other = await StartRunAsync(store, "other", "elsewhere");
        await store.Tracking.LogParamsAsync(first.Id, new Dictionary<string, string> { ["max_depth"] = "6", ["Model"] = "lgbm" });
        await store.Tracking.LogParamsAsync(second.Id, new Dictionary<string, string> { ["max_depth"] = "8", ["learning_rate"] = "0.1" });
        await store.Tracking.LogMetricsAsync(second.Id, [Point("rmse", 5.1), Point("rmse", 5.0, step: 1), Point("mae", 3.2)]);
        await store.Tracking.LogParamsAsync(other.Id, new Dictionary<string, string> { ["alpha"] = "1" });
        await store.Tracking.LogMetricsAsync(other.Id, [Point("r2", 0.7)]);

        var keys = await store.Tracking.ListKeysAsync(first.Experiment);

        keys.Params.ShouldBe(["Model", "learning_rate", "max_depth"]);
        keys.Metrics.ShouldBe(["mae", "rmse"]);
        var none = await store.Tracking.ListKeysAsync(ExperimentId.New());
        none.Params.ShouldBeEmpty();
        none.Metrics.ShouldBeEmpty();
    }
}
