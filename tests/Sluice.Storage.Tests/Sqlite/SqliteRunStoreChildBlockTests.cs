using Sluice.Core;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteRunStoreChildBlockTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Append_ChildBlocksAdded_ListsTheChildrenRightAfterTheirBlock_AndTheyTakeEvents()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();
        await store.Runs.AppendAsync(Created(run, blocks: ["models", "train", "evaluate", "compare"]));

        await store.Runs.AppendAsync(new ChildBlocksAdded(run, T0, "train", ["train:sdca", "train:lgbm"]));
        await store.Runs.AppendAsync(new ChildBlocksAdded(run, T0, "evaluate", ["evaluate:sdca", "evaluate:lgbm"]));
        await store.Runs.AppendAsync(new BlockStarted(run, T0, "train:lgbm", 1));
        await store.Runs.AppendAsync(new BlockEnded(run, T0.AddSeconds(2), "train:lgbm", BlockRunStatus.Completed, null));

        var blocks = await store.Runs.ListBlockRunsAsync(run);
        blocks.Select(b => b.Key.Block).ShouldBe(
            ["models", "train", "train:sdca", "train:lgbm", "evaluate", "evaluate:sdca", "evaluate:lgbm", "compare"]);
        var lgbm = blocks.Single(b => b.Key.Block == "train:lgbm");
        lgbm.Status.ShouldBe(BlockRunStatus.Completed);
        lgbm.Duration.ShouldBe(TimeSpan.FromSeconds(2));
        lgbm.Key.Pipeline.ShouldBe(new PipelineId("data_preparation"));
        (await store.Runs.FindLatestCompletedBlockRunAsync(new PipelineId("data_preparation"), "train:lgbm"))
            .ShouldNotBeNull().Key.Run.ShouldBe(run);
    }

    [Fact]
    public async Task Append_ChildBlocksAdded_ReadsBackAsTheSameEvent()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();
        await store.Runs.AppendAsync(Created(run, blocks: ["train"]));
        var added = new ChildBlocksAdded(run, T0, "train", ["train:0", "train:1"]);

        await store.Runs.AppendAsync(added);

        var read = (await store.Runs.ListEventsAsync(run))[1].ShouldBeOfType<ChildBlocksAdded>();
        read.Children.ShouldBe(added.Children);
        (read with { Children = added.Children }).ShouldBe(added);
    }

    [Fact]
    public async Task Append_ChildBlocksAddedForABlockTheRunDidNotList_IsRefusedAndChangesNothing()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();
        await store.Runs.AppendAsync(Created(run, blocks: ["a", "b"]));

        var error = await Should.ThrowAsync<InvalidOperationException>(
            () => store.Runs.AppendAsync(new ChildBlocksAdded(run, T0, "nope", ["nope:0"])));

        error.Message.ShouldContain("'nope'");
        (await store.Runs.ListBlockRunsAsync(run)).Select(b => b.Key.Block).ShouldBe(["a", "b"]);
        (await store.Runs.ListEventsAsync(run)).Count.ShouldBe(1);
    }
}
