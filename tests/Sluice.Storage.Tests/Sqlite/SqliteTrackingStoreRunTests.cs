using Sluice.Core;
using Sluice.Sdk;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;
using static Sluice.Storage.Tests.Sqlite.TrackingData;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteTrackingStoreRunTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task StartRun_RecordsItRunningWithItsSourceAndTags_AndReadsBackAfterReopening()
    {
        var source = new TrackedRunSource(RunId.New(), new PipelineId("training"), "train", 2);
        TrackedRun started;
        await using (var store = await SqliteMetadataStore.OpenAsync(_database.Path))
        {
            var experiment = await store.Tracking.GetOrCreateExperimentAsync("taxi", T0);
            started = await store.Tracking.StartRunAsync(
                new NewTrackedRun(experiment.Id, "lightgbm", T0, source) { Tags = new Dictionary<string, string> { ["owner"] = "ana" } });
        }

        await using var reopened = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = (await reopened.Tracking.FindRunAsync(started.Id)).ShouldNotBeNull();

        run.Id.Value.Length.ShouldBe(32);
        run.Status.ShouldBe(TrackedRunStatus.Running);
        run.Name.ShouldBe("lightgbm");
        run.StartedAt.ShouldBe(T0);
        run.EndedAt.ShouldBeNull();
        run.Source.ShouldBe(source);
        run.Tags.ShouldBe(new Dictionary<string, string> { ["owner"] = "ana" });
    }

    [Fact]
    public async Task StartRun_InAnUnknownExperiment_FailsNamingIt()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var unknown = ExperimentId.New();

        var error = await Should.ThrowAsync<SluiceException>(
            () => store.Tracking.StartRunAsync(new NewTrackedRun(unknown, "try", T0)));

        error.Message.ShouldBe($"Experiment {unknown} does not exist.");
    }

    [Fact]
    public async Task EndRun_EndsItOnce_AndASecondEndChangesNothing()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        (await store.Tracking.EndRunAsync(run.Id, TrackedRunStatus.Failed, T0.AddMinutes(1))).ShouldBeTrue();
        (await store.Tracking.EndRunAsync(run.Id, TrackedRunStatus.Finished, T0.AddMinutes(2))).ShouldBeFalse();

        var ended = (await store.Tracking.FindRunAsync(run.Id)).ShouldNotBeNull();
        ended.Status.ShouldBe(TrackedRunStatus.Failed);
        ended.EndedAt.ShouldBe(T0.AddMinutes(1));
    }

    [Fact]
    public async Task EndRun_WithStatusRunning_IsRefused()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        var error = await Should.ThrowAsync<ArgumentException>(
            () => store.Tracking.EndRunAsync(run.Id, TrackedRunStatus.Running, T0));

        error.Message.ShouldStartWith("A run ends Finished, Failed or Killed, not Running.");
    }

    [Fact]
    public async Task ListRuns_ByMetric_SortsEitherWay_WithRunsLackingItLast_AndPages()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var runs = new List<TrackedRun>();
        foreach (var (name, rmse) in new (string, double?)[] { ("a", 5.2), ("none", null), ("b", 4.9), ("nan", double.NaN), ("c", 6.1) })
        {
            var run = await StartRunAsync(store, name: name, at: T0.AddSeconds(runs.Count));
            if (rmse is { } value)
            {
                await store.Tracking.LogMetricsAsync(run.Id, [Point("rmse", value)]);
            }

            runs.Add(run);
        }

        async Task<List<string>> NamesAsync(bool descending, PageRequest page) =>
            (await store.Tracking.ListRunsAsync(
                TrackedRunFilter.All with { OrderBy = TrackedRunOrder.ByMetric("rmse", descending) }, page)).Items.Select(r => r.Name).ToList();

        (await NamesAsync(false, new PageRequest(1, 10))).ShouldBe(["b", "a", "c", "nan", "none"]);
        (await NamesAsync(true, new PageRequest(1, 10))).ShouldBe(["c", "a", "b", "nan", "none"]);
        (await NamesAsync(false, new PageRequest(2, 2))).ShouldBe(["c", "nan"]);
        var newestFirst = await store.Tracking.ListRunsAsync(TrackedRunFilter.All, new PageRequest(1, 2));
        newestFirst.Items.Select(r => r.Name).ShouldBe(["c", "nan"]);
        newestFirst.Total.ShouldBe(5);
    }

    [Fact]
    public async Task ListRuns_Filters_ByExperimentStatusPipelineRunPipelineAndBlock()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var pipelineRun = RunId.New();
        var train = await StartRunAsync(store, "taxi", "train", source: new TrackedRunSource(pipelineRun, new PipelineId("training"), "train", 1));
        var tune = await StartRunAsync(store, "taxi", "tune", source: new TrackedRunSource(RunId.New(), new PipelineId("training"), "tune", 1));
        var other = await StartRunAsync(store, "other", "by-hand");
        await store.Tracking.EndRunAsync(tune.Id, TrackedRunStatus.Finished, T0);

        async Task<List<string>> NamesAsync(TrackedRunFilter filter) =>
            (await store.Tracking.ListRunsAsync(filter, new PageRequest())).Items.Select(r => r.Name).Order(StringComparer.Ordinal).ToList();

        (await NamesAsync(new TrackedRunFilter(train.Experiment))).ShouldBe(["train", "tune"]);
        (await NamesAsync(new TrackedRunFilter(other.Experiment))).ShouldBe(["by-hand"]);
        (await NamesAsync(new TrackedRunFilter(Status: TrackedRunStatus.Running))).ShouldBe(["by-hand", "train"]);
        (await NamesAsync(TrackedRunFilter.All with { PipelineRun = pipelineRun })).ShouldBe(["train"]);
        (await NamesAsync(TrackedRunFilter.All with { Pipeline = new PipelineId("training") })).ShouldBe(["train", "tune"]);
        (await NamesAsync(TrackedRunFilter.All with { Pipeline = new PipelineId("training"), Block = "tune" })).ShouldBe(["tune"]);
    }

    [Fact]
    public async Task ListRuns_CarriesEachRunsParamsLatestMetricsAndTags()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var one = await StartRunAsync(store, name: "one");
        var two = await StartRunAsync(store, name: "two");
        await store.Tracking.LogParamsAsync(one.Id, new Dictionary<string, string> { ["trainer"] = "sdca" });
        await store.Tracking.LogParamsAsync(two.Id, new Dictionary<string, string> { ["trainer"] = "lightgbm" });
        await store.Tracking.LogMetricsAsync(two.Id, [Point("rmse", 5.1)]);
        await store.Tracking.SetTagsAsync(one.Id, new Dictionary<string, string> { ["note"] = "baseline" });

        var runs = (await store.Tracking.ListRunsAsync(TrackedRunFilter.All, new PageRequest())).Items.ToDictionary(r => r.Name);

        runs["one"].Params["trainer"].ShouldBe("sdca");
        runs["one"].Metrics.ShouldBeEmpty();
        runs["one"].Tags["note"].ShouldBe("baseline");
        runs["two"].Params["trainer"].ShouldBe("lightgbm");
        runs["two"].Metrics["rmse"].ShouldBe(5.1);
        runs["two"].Tags.ShouldBeEmpty();
    }
}
