using Sluice.Core;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;
using static Sluice.Storage.Tests.Sqlite.TrackingData;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteModelRegistryStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static ModelRegistration Registration(TrackedRun run, string model = "taxi", int minute = 0) =>
        new(model, run.Id, "model", Signature, T0.AddMinutes(minute));

    [Fact]
    public async Task RegisterVersion_NumbersVersionsFromOne_AndKeepsRunArtifactAndSignature()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        var first = await store.Models.RegisterVersionAsync(Registration(run));
        var second = await store.Models.RegisterVersionAsync(Registration(run, minute: 1));

        first.Version.ShouldBe(1);
        second.Version.ShouldBe(2);
        var stored = (await store.Models.FindVersionAsync("taxi", ModelVersionSelector.ForVersion(1))).ShouldNotBeNull();
        stored.Run.ShouldBe(run.Id);
        stored.Experiment.ShouldBe(run.Experiment);
        stored.Artifact.ShouldBe("model");
        stored.Signature.Inputs.ShouldBe(Signature.Inputs);
        stored.Signature.Outputs.ShouldBe(Signature.Outputs);
        stored.CreatedAt.ShouldBe(T0);
        stored.Aliases.ShouldBeEmpty();
        var model = (await store.Models.FindModelAsync("taxi")).ShouldNotBeNull();
        model.LatestVersion.ShouldBe(2);
        model.CreatedAt.ShouldBe(T0);
        model.UpdatedAt.ShouldBe(T0.AddMinutes(1));
    }

    [Fact]
    public async Task RegisterVersion_FromTwoStoresAtOnce_NeverGivesTwoRegistrationsTheSameNumber()
    {
        await using var one = await SqliteMetadataStore.OpenAsync(_database.Path);
        await using var two = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(one);

        var versions = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            (await (i % 2 == 0 ? one : two).Models.RegisterVersionAsync(Registration(run))).Version)));

        versions.Order().ShouldBe(Enumerable.Range(1, 40));
        (await two.Models.ListVersionsAsync("taxi", new PageRequest(1, 1))).Total.ShouldBe(40);
    }

    [Fact]
    public async Task RegisterVersion_FromAnUnknownRun_FailsNamingModelAndRun_AndCreatesNoModel()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var unknown = TrackedRunId.New();

        var error = await Should.ThrowAsync<SluiceException>(
            () => store.Models.RegisterVersionAsync(new ModelRegistration("taxi", unknown, "model", Signature, T0)));

        error.Message.ShouldBe($"Model 'taxi' cannot be registered from tracked run {unknown}: the run does not exist.");
        (await store.Models.FindModelAsync("taxi")).ShouldBeNull();
    }

    [Theory]
    [InlineData("", "Model name is empty")]
    [InlineData("-taxi", "Model name '-taxi' is not valid")]
    [InlineData("taxi/duration", "Model name 'taxi/duration' is not valid")]
    public async Task RegisterVersion_WithABadModelName_FailsNamingIt(string name, string message)
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);

        var error = await Should.ThrowAsync<SluiceException>(() => store.Models.RegisterVersionAsync(Registration(run, name)));

        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public async Task SetAlias_PointsAtAVersion_AndSettingItAgainMovesIt()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);
        await store.Models.RegisterVersionAsync(Registration(run));
        await store.Models.RegisterVersionAsync(Registration(run));

        await store.Models.SetAliasAsync("taxi", "champion", 1, T0);
        (await store.Models.FindVersionAsync("taxi", ModelVersionSelector.ForAlias("champion"))).ShouldNotBeNull().Version.ShouldBe(1);
        await store.Models.SetAliasAsync("taxi", "champion", 2, T0.AddHours(1));
        await store.Models.SetAliasAsync("taxi", "challenger", 2, T0.AddHours(1));

        var champion = (await store.Models.FindVersionAsync("taxi", ModelVersionSelector.ForAlias("champion"))).ShouldNotBeNull();
        champion.Version.ShouldBe(2);
        champion.Aliases.ShouldBe(["challenger", "champion"]);
        (await store.Models.FindVersionAsync("taxi", ModelVersionSelector.ForVersion(1))).ShouldNotBeNull().Aliases.ShouldBeEmpty();
        var model = (await store.Models.FindModelAsync("taxi")).ShouldNotBeNull();
        model.Aliases.ShouldBe(new Dictionary<string, int> { ["champion"] = 2, ["challenger"] = 2 }, ignoreOrder: true);
        model.UpdatedAt.ShouldBe(T0.AddHours(1));
    }

    [Fact]
    public async Task SetAlias_OnAnUnknownModelOrVersion_FailsNamingIt()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);
        await store.Models.RegisterVersionAsync(Registration(run));

        (await Should.ThrowAsync<SluiceException>(() => store.Models.SetAliasAsync("nope", "champion", 1, T0)))
            .Message.ShouldBe("Alias 'champion' cannot be set: there is no registered model 'nope'.");
        (await Should.ThrowAsync<SluiceException>(() => store.Models.SetAliasAsync("taxi", "champion", 7, T0)))
            .Message.ShouldBe("Alias 'champion' cannot point at version 7 of model 'taxi': it has no such version (its versions are numbered 1 to 1).");
    }

    [Theory]
    [InlineData("latest", "Alias 'latest' is reserved")]
    [InlineData("LATEST", "Alias 'latest' is reserved")]
    [InlineData("3", "Alias '3' is not valid")]
    [InlineData("v 1", "Alias 'v 1' is not valid")]
    [InlineData("", "Alias is empty")]
    public async Task SetAlias_WithABadAlias_FailsNamingIt(string alias, string message)
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);
        await store.Models.RegisterVersionAsync(Registration(run));

        var error = await Should.ThrowAsync<SluiceException>(() => store.Models.SetAliasAsync("taxi", alias, 1, T0));

        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public async Task FindVersion_ByNumberAliasOrLatest_OrNullWhenThereIsNone()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);
        for (var i = 0; i < 3; i++)
        {
            await store.Models.RegisterVersionAsync(Registration(run));
        }

        await store.Models.SetAliasAsync("taxi", "champion", 2, T0);

        (await store.Models.FindVersionAsync("taxi", ModelVersionSelector.Parse("latest"))).ShouldNotBeNull().Version.ShouldBe(3);
        (await store.Models.FindVersionAsync("taxi", ModelVersionSelector.Parse("1"))).ShouldNotBeNull().Version.ShouldBe(1);
        (await store.Models.FindVersionAsync("taxi", ModelVersionSelector.Parse("champion"))).ShouldNotBeNull().Version.ShouldBe(2);
        (await store.Models.FindVersionAsync("taxi", ModelVersionSelector.Parse("9"))).ShouldBeNull();
        (await store.Models.FindVersionAsync("taxi", ModelVersionSelector.Parse("challenger"))).ShouldBeNull();
        (await store.Models.FindVersionAsync("other", ModelVersionSelector.Latest)).ShouldBeNull();
    }

    [Fact]
    public async Task DeleteAlias_RemovesIt_AndIsFalseWhenThereWasNone()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);
        await store.Models.RegisterVersionAsync(Registration(run));
        await store.Models.SetAliasAsync("taxi", "champion", 1, T0);

        (await store.Models.DeleteAliasAsync("taxi", "champion", T0)).ShouldBeTrue();
        (await store.Models.DeleteAliasAsync("taxi", "champion", T0)).ShouldBeFalse();

        (await store.Models.FindVersionAsync("taxi", ModelVersionSelector.ForAlias("champion"))).ShouldBeNull();
    }

    [Fact]
    public async Task Generation_RisesWithEveryVersionOrAliasChange_AndOnlyThen()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);
        var start = await store.Models.GetGenerationAsync();

        await store.Models.RegisterVersionAsync(Registration(run));
        var registered = await store.Models.GetGenerationAsync();
        await store.Models.SetAliasAsync("taxi", "champion", 1, T0);
        var aliased = await store.Models.GetGenerationAsync();
        await store.Models.SetAliasAsync("taxi", "champion", 1, T0);
        await store.Models.DeleteAliasAsync("taxi", "nobody", T0);
        await store.Models.FindVersionAsync("taxi", ModelVersionSelector.Latest);
        var unchanged = await store.Models.GetGenerationAsync();
        await store.Models.DeleteAliasAsync("taxi", "champion", T0);
        var deleted = await store.Models.GetGenerationAsync();

        registered.ShouldBeGreaterThan(start);
        aliased.ShouldBeGreaterThan(registered);
        unchanged.ShouldBe(aliased);
        deleted.ShouldBeGreaterThan(aliased);
    }

    [Fact]
    public async Task Generation_SeesAnAliasMovedByAnotherStoreOnTheSameFile()
    {
        await using var server = await SqliteMetadataStore.OpenAsync(_database.Path);
        await using var cli = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(cli);
        await cli.Models.RegisterVersionAsync(Registration(run));
        await cli.Models.RegisterVersionAsync(Registration(run));
        await cli.Models.SetAliasAsync("taxi", "champion", 1, T0);
        var seen = await server.Models.GetGenerationAsync();

        await cli.Models.SetAliasAsync("taxi", "champion", 2, T0);

        (await server.Models.GetGenerationAsync()).ShouldBeGreaterThan(seen);
        (await server.Models.FindVersionAsync("taxi", ModelVersionSelector.ForAlias("champion"))).ShouldNotBeNull().Version.ShouldBe(2);
    }

    [Fact]
    public async Task ListModelsAndVersions_PageByNameAndHighestVersionFirst()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = await StartRunAsync(store);
        foreach (var name in new[] { "taxi-duration", "Taxi-Tips", "weather" })
        {
            await store.Models.RegisterVersionAsync(Registration(run, name));
        }

        await store.Models.RegisterVersionAsync(Registration(run, "weather"));
        await store.Models.SetAliasAsync("weather", "champion", 1, T0);

        var taxis = await store.Models.ListModelsAsync(new RegisteredModelFilter("TAXI"), new PageRequest());
        taxis.Items.Select(m => m.Name).ShouldBe(["Taxi-Tips", "taxi-duration"]);
        var all = await store.Models.ListModelsAsync(RegisteredModelFilter.All, new PageRequest(2, 2));
        all.Total.ShouldBe(3);
        all.Items.ShouldHaveSingleItem().Aliases.ShouldBe(new Dictionary<string, int> { ["champion"] = 1 });
        var versions = await store.Models.ListVersionsAsync("weather", new PageRequest());
        versions.Items.Select(v => v.Version).ShouldBe([2, 1]);
        versions.Items[1].Aliases.ShouldBe(["champion"]);
        (await store.Models.ListVersionsAsync("unknown", new PageRequest())).Total.ShouldBe(0);
    }
}
