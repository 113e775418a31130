using Sluice.Core;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;
using static Sluice.Storage.Tests.Sqlite.TrackingData;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteTrackingStoreLoggingTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task LogParams_SameValueAgain_IsFine()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        await store.Tracking.LogParamsAsync(run.Id, new Dictionary<string, string> { ["learning_rate"] = "0.1" });
        await store.Tracking.LogParamsAsync(run.Id, new Dictionary<string, string> { ["learning_rate"] = "0.1" });

        (await store.Tracking.FindRunAsync(run.Id)).ShouldNotBeNull().Params["learning_rate"].ShouldBe("0.1");
    }

    [Fact]
    public async Task LogParams_AnotherValueForAKey_FailsNamingTheKeyAndBothValues_AndRecordsNoneOfTheBatch()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);
        await store.Tracking.LogParamsAsync(run.Id, new Dictionary<string, string> { ["learning_rate"] = "0.1" });

        var error = await Should.ThrowAsync<SluiceException>(() => store.Tracking.LogParamsAsync(
            run.Id, new Dictionary<string, string> { ["a_new_one"] = "1", ["learning_rate"] = "0.2" }));

        error.Message.ShouldBe(
            $"Param 'learning_rate' of tracked run {run.Id} is already '0.1' and cannot become '0.2': params never change "
            + "once logged; start a new run to try another value.");
        (await store.Tracking.FindRunAsync(run.Id)).ShouldNotBeNull().Params.Keys.ShouldBe(["learning_rate"]);
    }

    [Theory]
    [InlineData("", "Param key is empty")]
    [InlineData("rate%", "Param key 'rate%' holds '%'; keys hold letters, digits and _ - . / and spaces.")]
    [InlineData("tab\there", "Param key 'tab\\u0009here' holds '\\u0009'")]
    public async Task LogParams_WithABadKey_FailsNamingIt(string key, string message)
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        var error = await Should.ThrowAsync<SluiceException>(
            () => store.Tracking.LogParamsAsync(run.Id, new Dictionary<string, string> { [key] = "1" }));

        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public async Task LogParams_ValueOverTheLimit_FailsNamingTheKey()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        var error = await Should.ThrowAsync<SluiceException>(() => store.Tracking.LogParamsAsync(
            run.Id, new Dictionary<string, string> { ["features"] = new string('x', 6001) }));

        error.Message.ShouldBe("Param 'features' is 6001 characters long; the limit is 6000.");
    }

    [Fact]
    public async Task Logging_ToAnUnknownRun_FailsNamingTheRun()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var unknown = TrackedRunId.New();
        var expected = $"Tracked run {unknown} does not exist.";

        (await Should.ThrowAsync<SluiceException>(() => store.Tracking.LogParamsAsync(unknown, new Dictionary<string, string> { ["a"] = "1" })))
            .Message.ShouldBe(expected);
        (await Should.ThrowAsync<SluiceException>(() => store.Tracking.LogMetricsAsync(unknown, [Point("rmse", 1)])))
            .Message.ShouldBe(expected);
        (await Should.ThrowAsync<SluiceException>(() => store.Tracking.SetTagsAsync(unknown, new Dictionary<string, string> { ["a"] = "1" })))
            .Message.ShouldBe(expected);
        (await Should.ThrowAsync<SluiceException>(() => store.Tracking.RecordArtifactAsync(unknown, new ArtifactEntry("m", 1, T0))))
            .Message.ShouldBe(expected);
        (await Should.ThrowAsync<SluiceException>(() => store.Tracking.EndRunAsync(unknown, Sdk.TrackedRunStatus.Finished, T0)))
            .Message.ShouldBe(expected);
    }

    [Fact]
    public async Task LogMetrics_KeepsEveryValueByStep_AndTheLatestIsTheHighestStep()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        await store.Tracking.LogMetricsAsync(run.Id, [Point("loss", 0.9, step: 0, second: 0), Point("loss", 0.5, step: 2, second: 1)]);
        // Logged later but for an earlier step: it joins the history without becoming the run's value.
        await store.Tracking.LogMetricsAsync(run.Id, [Point("loss", 0.7, step: 1, second: 2)]);

        var history = await store.Tracking.ListMetricHistoryAsync(run.Id, "loss");
        history.Select(p => (p.Step, p.Value)).ShouldBe([(0L, 0.9), (1L, 0.7), (2L, 0.5)]);
        history[1].At.ShouldBe(T0.AddSeconds(2));
        (await store.Tracking.FindRunAsync(run.Id)).ShouldNotBeNull().Metrics["loss"].ShouldBe(0.5);
    }

    [Fact]
    public async Task LogMetrics_AtTheSameStepLater_ReplacesTheLatestValue()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        await store.Tracking.LogMetricsAsync(run.Id, [Point("rmse", 6.0, second: 1)]);
        await store.Tracking.LogMetricsAsync(run.Id, [Point("rmse", 5.5, second: 2)]);

        (await store.Tracking.FindRunAsync(run.Id)).ShouldNotBeNull().Metrics["rmse"].ShouldBe(5.5);
        (await store.Tracking.ListMetricHistoryAsync(run.Id, "rmse")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task LogMetrics_NaNAndInfinities_ReadBackAsThemselves()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        await store.Tracking.LogMetricsAsync(
            run.Id, [Point("nan", double.NaN), Point("up", double.PositiveInfinity), Point("down", double.NegativeInfinity)]);

        var metrics = (await store.Tracking.FindRunAsync(run.Id)).ShouldNotBeNull().Metrics;
        double.IsNaN(metrics["nan"]).ShouldBeTrue();
        metrics["up"].ShouldBe(double.PositiveInfinity);
        metrics["down"].ShouldBe(double.NegativeInfinity);
        double.IsNaN((await store.Tracking.ListMetricHistoryAsync(run.Id, "nan")).ShouldHaveSingleItem().Value).ShouldBeTrue();
    }

    [Fact]
    public async Task SetTags_ReplacesEarlierValues()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        await store.Tracking.SetTagsAsync(run.Id, new Dictionary<string, string> { ["stage"] = "draft", ["owner"] = "ana" });
        await store.Tracking.SetTagsAsync(run.Id, new Dictionary<string, string> { ["stage"] = "reviewed" });

        (await store.Tracking.FindRunAsync(run.Id)).ShouldNotBeNull().Tags
            .ShouldBe(new Dictionary<string, string> { ["stage"] = "reviewed", ["owner"] = "ana" }, ignoreOrder: true);
    }

    [Fact]
    public async Task RecordArtifact_ListsByName_AndRecordingAgainReplacesTheEntry()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        await store.Tracking.RecordArtifactAsync(run.Id, new ArtifactEntry("model/model.zip", 10, T0));
        await store.Tracking.RecordArtifactAsync(run.Id, new ArtifactEntry(@"model\signature.json", 2, T0));
        await store.Tracking.RecordArtifactAsync(run.Id, new ArtifactEntry("model/model.zip", 12, T0.AddSeconds(1)));

        (await store.Tracking.ListArtifactsAsync(run.Id)).ShouldBe(
        [
            new ArtifactEntry("model/model.zip", 12, T0.AddSeconds(1)),
            new ArtifactEntry("model/signature.json", 2, T0),
        ]);
    }

    [Theory]
    [InlineData("", "Artifact name '' is empty")]
    [InlineData("../escape.txt", "Artifact name '../escape.txt' holds '..'")]
    [InlineData("/etc/passwd", "Artifact name '/etc/passwd' is a rooted path")]
    [InlineData("c:/x", "Artifact name 'c:/x' is a rooted path")]
    [InlineData("model//model.zip", "Artifact name 'model//model.zip' holds an empty or '.' segment")]
    [InlineData("model/", "Artifact name 'model/' holds an empty or '.' segment")]
    public async Task RecordArtifact_WithABadName_FailsNamingIt(string name, string message)
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        var error = await Should.ThrowAsync<SluiceException>(
            () => store.Tracking.RecordArtifactAsync(run.Id, new ArtifactEntry(name, 1, T0)));

        error.Message.ShouldStartWith(message);
        (await store.Tracking.ListArtifactsAsync(run.Id)).ShouldBeEmpty();
    }
}
