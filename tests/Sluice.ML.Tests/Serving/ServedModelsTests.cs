using Microsoft.Extensions.Time.Testing;

using Sluice.ML.Serving;

namespace Sluice.ML.Tests.Serving;

public sealed class ServedModelsTests(TrainedModels models) : IClassFixture<TrainedModels>
{
    private const string Trip = """[{"PU_DO": "236_239", "trip_distance": 1.98}]""";

    [Fact]
    public async Task Get_ByAliasVersionOrLatest_ServesThatVersion()
    {
        var source = TwoVersions();
        source.SetAlias("taxi", "champion", 1);
        var served = new ServedModels(source);

        (await served.GetAsync("taxi", ModelSelector.ForAlias("champion"))).Location.Version.ShouldBe(1);
        (await served.GetAsync("taxi", ModelSelector.ForVersion(2))).Location.Version.ShouldBe(2);
        (await served.GetAsync("taxi", ModelSelector.Latest)).Location.Version.ShouldBe(2);
        (await served.GetAsync("taxi", ModelSelector.ForVersion(1))).ShouldBeSameAs(await served.GetAsync("taxi", ModelSelector.ForAlias("champion")));
    }

    [Theory]
    [InlineData("nope", null, null, "There is no registered model 'nope'")]
    [InlineData("taxi", "staging", null, "Model 'taxi' has no alias 'staging' (its latest version is 2)")]
    [InlineData("taxi", null, 7, "Model 'taxi' has no version 7 (its latest version is 2)")]
    public async Task Get_UnknownModelAliasOrVersion_SaysWhichIsUnknown(string model, string? alias, int? version, string message)
    {
        var served = new ServedModels(TwoVersions());
        var selector = alias is not null ? ModelSelector.ForAlias(alias) : version is { } v ? ModelSelector.ForVersion(v) : ModelSelector.Latest;

        var error = await Should.ThrowAsync<ModelNotFoundException>(async () => await served.GetAsync(model, selector));

        error.Message.ShouldBe(message);
    }

    [Fact]
    public async Task Get_WhileTheGenerationIsUnchanged_DoesNotAskTheSourceAgain()
    {
        var source = TwoVersions();
        source.SetAlias("taxi", "champion", 1);
        var clock = new FakeTimeProvider();
        var served = new ServedModels(source, clock);
        await served.GetAsync("taxi", ModelSelector.ForAlias("champion"));
        var resolves = source.Resolves;

        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await served.GetAsync("taxi", ModelSelector.ForAlias("champion"));
        }

        source.Resolves.ShouldBe(resolves);
    }

    [Fact]
    public async Task Get_AfterAnAliasMoved_ServesTheNewVersionOnceTheGenerationIsReadAgain()
    {
        var source = TwoVersions();
        source.SetAlias("taxi", "champion", 1);
        var clock = new FakeTimeProvider();
        var served = new ServedModels(source, clock);
        var champion = ModelSelector.ForAlias("champion");
        await served.GetAsync("taxi", champion);

        source.SetAlias("taxi", "champion", 2);
        var beforeTheCheck = await served.GetAsync("taxi", champion);
        clock.Advance(TimeSpan.FromMilliseconds(200));
        var afterTheCheck = await served.GetAsync("taxi", champion);

        beforeTheCheck.Location.Version.ShouldBe(1, "the generation is read at most every 200 ms");
        afterTheCheck.Location.Version.ShouldBe(2);
    }

    [Fact]
    public async Task Revalidate_ServesAMovedAliasAtOnce()
    {
        var source = TwoVersions();
        source.SetAlias("taxi", "champion", 1);
        var served = new ServedModels(source, new FakeTimeProvider());
        await served.GetAsync("taxi", ModelSelector.ForAlias("champion"));

        source.SetAlias("taxi", "champion", 2);
        served.Revalidate();

        (await served.GetAsync("taxi", ModelSelector.ForAlias("champion"))).Location.Version.ShouldBe(2);
    }

    [Fact]
    public async Task Get_WhenTheSourceCannotReadItsGeneration_KeepsServingWhatItResolved()
    {
        var source = TwoVersions();
        var clock = new FakeTimeProvider();
        var served = new ServedModels(source, clock);
        await served.GetAsync("taxi", ModelSelector.Latest);

        source.Unavailable = true;
        clock.Advance(TimeSpan.FromSeconds(1));

        (await served.GetAsync("taxi", ModelSelector.Latest)).Location.Version.ShouldBe(2);
    }

    [Fact]
    public async Task MovingAnAlias_UnderConcurrentRequests_FailsNoRequestAndEndsOnTheNewVersion()
    {
        var source = TwoVersions();
        source.SetAlias("taxi", "champion", 1);
        var served = new ServedModels(source, options: new ServingOptions { RevalidateAfter = TimeSpan.FromMilliseconds(5) });
        var champion = ModelSelector.ForAlias("champion");
        var v1 = Predictions.Scores(Predictions.Of(await served.GetAsync("taxi", champion), Trip))[0];
        var v2 = TestModels.Predict(models.TaxiV2Model, "236_239", 1.98f);
        using var stop = new CancellationTokenSource();
        var seen = new System.Collections.Concurrent.ConcurrentQueue<(int Version, float Score)>();

        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var model = await served.GetAsync("taxi", champion);
                seen.Enqueue((model.Location.Version, Predictions.Scores(Predictions.Of(model, Trip))[0]));
            }
        })).ToList();
        await WaitUntilAsync(() => seen.Count > 50);
        source.SetAlias("taxi", "champion", 2);
        await WaitUntilAsync(() => seen.Any(s => s.Version == 2));
        var swapped = seen.Count;
        await WaitUntilAsync(() => seen.Count > swapped + 50);
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        seen.ShouldContain(s => s.Version == 1);
        seen.ShouldContain(s => s.Version == 2);
        seen.ShouldAllBe(s => s.Score == (s.Version == 1 ? v1 : v2), "each answer is its version's own prediction");
    }

    private InMemoryModelSource TwoVersions()
    {
        var source = new InMemoryModelSource();
        source.Register("taxi", models.TaxiV1, TestModels.TaxiSignature);
        source.Register("taxi", models.TaxiV2, TestModels.TaxiSignature);
        return source;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 3000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().ShouldBeTrue("the condition did not come true within 30 s");
    }
}
