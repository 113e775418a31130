using Sluice.Core;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteTrackingStoreExperimentTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task GetOrCreateExperiment_Twice_ReturnsTheOneExperiment_FoundByIdAndByName()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);

        var first = await store.Tracking.GetOrCreateExperimentAsync("nyc-taxi", T0);
        var second = await store.Tracking.GetOrCreateExperimentAsync("nyc-taxi", T0.AddHours(1));

        second.ShouldBe(first);
        first.CreatedAt.ShouldBe(T0);
        (await store.Tracking.FindExperimentAsync(first.Id)).ShouldBe(first);
        (await store.Tracking.FindExperimentByNameAsync("nyc-taxi")).ShouldBe(first);
        (await store.Tracking.FindExperimentByNameAsync("NYC-TAXI")).ShouldBeNull();
    }

    [Fact]
    public async Task GetOrCreateExperiment_FromTwoStoresAtOnce_CreatesOneExperiment()
    {
        await using var one = await SqliteMetadataStore.OpenAsync(_database.Path);
        await using var two = await SqliteMetadataStore.OpenAsync(_database.Path);

        var made = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? one : two).Tracking.GetOrCreateExperimentAsync("shared", T0))));

        made.Select(e => e.Id).Distinct().ShouldHaveSingleItem();
        (await one.Tracking.ListExperimentsAsync(new PageRequest())).Total.ShouldBe(1);
    }

    [Fact]
    public async Task ListExperiments_PagesByName()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        foreach (var name in new[] { "c", "a", "b" })
        {
            await store.Tracking.GetOrCreateExperimentAsync(name, T0);
        }

        var page = await store.Tracking.ListExperimentsAsync(new PageRequest(2, 2));

        page.Total.ShouldBe(3);
        page.Items.Select(e => e.Name).ShouldBe(["c"]);
    }

    [Theory]
    [InlineData("", "Experiment name is empty")]
    [InlineData("  ", "Experiment name is empty")]
    [InlineData("two\nlines", "Experiment name 'two\\u000alines' holds a control character")]
    public async Task GetOrCreateExperiment_WithABadName_FailsNamingItAndCreatesNothing(string name, string message)
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);

        var error = await Should.ThrowAsync<SluiceException>(() => store.Tracking.GetOrCreateExperimentAsync(name, T0));

        error.Message.ShouldStartWith(message);
        (await store.Tracking.ListExperimentsAsync(new PageRequest())).Total.ShouldBe(0);
    }

    [Fact]
    public async Task GetOrCreateExperiment_WithANameOver250Characters_FailsSayingTheLimit()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);

        var error = await Should.ThrowAsync<SluiceException>(
            () => store.Tracking.GetOrCreateExperimentAsync(new string('x', 251), T0));

        error.Message.ShouldEndWith("is 251 characters long; the limit is 250.");
    }
}
