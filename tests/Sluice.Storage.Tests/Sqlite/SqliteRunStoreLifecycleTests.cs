using Sluice.Core;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteRunStoreLifecycleTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Append_RunCreated_QueuesTheRunAndEveryListedBlockInOrder()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();

        await store.Runs.AppendAsync(Created(run, blocks: ["ingest", "prepare", "build"]));

        var record = (await store.Runs.FindRunAsync(run)).ShouldNotBeNull();
        record.Status.ShouldBe(RunStatus.Queued);
        record.Pipeline.ShouldBe(new PipelineId("data_preparation"));
        record.VersionHash.ShouldBe("hash-" + run.Value[..8]);
        record.Variables.ShouldBe(new Dictionary<string, string> { ["split_on_feature"] = "lpep_pickup_datetime" });
        record.CreatedAt.ShouldBe(T0);
        record.StartedAt.ShouldBeNull();
        var blocks = await store.Runs.ListBlockRunsAsync(run);
        blocks.Select(b => b.Key.Block).ShouldBe(["ingest", "prepare", "build"]);
        blocks.ShouldAllBe(b => b.Status == BlockRunStatus.Queued && b.Attempts == 0 && b.StartedAt == null);
        blocks[0].Key.ShouldBe(new BlockKey(new PipelineId("data_preparation"), run, "ingest"));
    }

    [Fact]
    public async Task ListUnfinishedRuns_GivesQueuedAndRunningRunsOldestFirst_WithTheirOwners()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var queued = RunId.New();
        var running = RunId.New();
        var done = RunId.New();
        await store.Runs.AppendAsync(Created(queued) with { Owner = "host/1/2" });
        await store.Runs.AppendAsync(Created(running) with { Owner = "host/3/4" });
        await store.Runs.AppendAsync(new RunStarted(running, T0));
        await store.Runs.AppendAsync(Created(done));
        await store.Runs.AppendAsync(new RunEnded(done, T0, RunStatus.Completed, null));

        var unfinished = await store.Runs.ListUnfinishedRunsAsync();

        unfinished.Select(r => (r.Id, r.Owner)).ShouldBe([(queued, "host/1/2"), (running, "host/3/4")]);
    }

    [Fact]
    public async Task Append_FullLifecycleWithRetry_GivesStatusesAttemptsTimesAndErrors()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();
        var t = (int seconds) => T0.AddSeconds(seconds);

        await store.Runs.AppendAsync(Created(run));
        await store.Runs.AppendAsync(new RunStarted(run, t(1)));
        await store.Runs.AppendAsync(new BlockStarted(run, t(1), "ingest", 1));
        await store.Runs.AppendAsync(new BlockEnded(run, t(2), "ingest", BlockRunStatus.Completed, null));
        await store.Runs.AppendAsync(new BlockStarted(run, t(3), "prepare", 1));
        await store.Runs.AppendAsync(new BlockAttemptFailed(run, t(4), "prepare", 1, "timeout"));

        var midway = (await store.Runs.ListBlockRunsAsync(run))[1];
        midway.Status.ShouldBe(BlockRunStatus.Running);
        midway.Error.ShouldBe("timeout");

        await store.Runs.AppendAsync(new BlockStarted(run, t(5), "prepare", 2));
        await store.Runs.AppendAsync(new BlockAttemptFailed(run, t(6), "prepare", 2, "division by zero"));
        await store.Runs.AppendAsync(new BlockEnded(run, t(6), "prepare", BlockRunStatus.Failed, null));
        await store.Runs.AppendAsync(new RunEnded(run, t(7), RunStatus.Failed, "prepare failed"));

        var record = (await store.Runs.FindRunAsync(run)).ShouldNotBeNull();
        record.Status.ShouldBe(RunStatus.Failed);
        record.StartedAt.ShouldBe(t(1));
        record.EndedAt.ShouldBe(t(7));
        record.Error.ShouldBe("prepare failed");
        record.Duration.ShouldBe(TimeSpan.FromSeconds(6));

        var blocks = await store.Runs.ListBlockRunsAsync(run);
        blocks[0].ShouldBe(new BlockRun(blocks[0].Key, BlockRunStatus.Completed, 1, t(1), t(2), null));
        blocks[1].Status.ShouldBe(BlockRunStatus.Failed);
        blocks[1].Attempts.ShouldBe(2);
        blocks[1].StartedAt.ShouldBe(t(3), "the first attempt's start");
        blocks[1].EndedAt.ShouldBe(t(6));
        blocks[1].Error.ShouldBe("division by zero", "the last attempt's error");
    }

    [Fact]
    public async Task Append_BlockCompletedAfterFailedAttempt_ClearsTheError()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();
        await store.Runs.AppendAsync(Created(run));
        await store.Runs.AppendAsync(new BlockStarted(run, T0, "ingest", 1));
        await store.Runs.AppendAsync(new BlockAttemptFailed(run, T0, "ingest", 1, "flaky"));
        await store.Runs.AppendAsync(new BlockStarted(run, T0, "ingest", 2));
        await store.Runs.AppendAsync(new BlockEnded(run, T0, "ingest", BlockRunStatus.Completed, null));

        var block = (await store.Runs.ListBlockRunsAsync(run))[0];

        block.Status.ShouldBe(BlockRunStatus.Completed);
        block.Attempts.ShouldBe(2);
        block.Error.ShouldBeNull();
    }

    [Fact]
    public async Task Append_EventForBlockTheRunDidNotList_IsRefusedAndNotRecorded()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();
        await store.Runs.AppendAsync(Created(run));

        var error = await Should.ThrowAsync<InvalidOperationException>(
            () => store.Runs.AppendAsync(new BlockStarted(run, T0, "nope", 1)));

        error.Message.ShouldContain("'nope'");
        (await store.Runs.ListEventsAsync(run)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Append_EventForUnknownRun_IsRefused()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();

        var error = await Should.ThrowAsync<InvalidOperationException>(
            () => store.Runs.AppendAsync(new RunStarted(run, T0)));

        error.Message.ShouldContain(run.Value);
        (await store.Runs.ListEventsAsync(run)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Append_RunCreatedTwice_IsRefusedAndKeepsTheFirst()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();
        await store.Runs.AppendAsync(Created(run, blocks: ["a"]));

        await Should.ThrowAsync<InvalidOperationException>(
            () => store.Runs.AppendAsync(Created(run, blocks: ["b"])));

        (await store.Runs.ListBlockRunsAsync(run)).Single().Key.Block.ShouldBe("a");
        (await store.Runs.ListEventsAsync(run)).Count.ShouldBe(1);
    }
}
