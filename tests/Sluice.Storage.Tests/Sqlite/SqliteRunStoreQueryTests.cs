using Sluice.Core;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteRunStoreQueryTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ListRuns_PagesNewestFirst_WithTheTotal()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var runs = await CreateRunsAsync(store, 5, "p");

        var first = await store.Runs.ListRunsAsync(RunFilter.All, new PageRequest(1, 2));
        var last = await store.Runs.ListRunsAsync(RunFilter.All, new PageRequest(3, 2));

        first.Total.ShouldBe(5);
        first.PageCount.ShouldBe(3);
        first.Number.ShouldBe(1);
        first.Items.Select(r => r.Id).ShouldBe([runs[4], runs[3]]);
        last.Items.Select(r => r.Id).ShouldBe([runs[0]]);
        last.Total.ShouldBe(5);
    }

    [Fact]
    public async Task ListRuns_CreatedInTheSameTick_BreaksTheTieByNewestId()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        // Explicit ids: Guid.CreateVersion7 does not order two ids made in the same millisecond.
        var older = new RunId("019c0000000070008000000000000001");
        var newer = new RunId("019c0000000070008000000000000002");
        await store.Runs.AppendAsync(Created(newer, at: T0));
        await store.Runs.AppendAsync(Created(older, at: T0));

        var page = await store.Runs.ListRunsAsync(RunFilter.All, new PageRequest());

        page.Items.Select(r => r.Id).ShouldBe([newer, older]);
    }

    [Fact]
    public async Task ListRuns_FiltersByPipelineAndStatus()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var a = await CreateRunsAsync(store, 3, "a");
        var b = await CreateRunsAsync(store, 2, "b");
        await store.Runs.AppendAsync(new RunStarted(a[1], T0));
        await store.Runs.AppendAsync(new RunStarted(b[0], T0));

        var ofA = await store.Runs.ListRunsAsync(new RunFilter(new PipelineId("a")), new PageRequest());
        var running = await store.Runs.ListRunsAsync(new RunFilter(Status: RunStatus.Running), new PageRequest());
        var runningOfA = await store.Runs.ListRunsAsync(
            new RunFilter(new PipelineId("a"), RunStatus.Running), new PageRequest());
        var none = await store.Runs.ListRunsAsync(new RunFilter(new PipelineId("c")), new PageRequest());

        ofA.Total.ShouldBe(3);
        ofA.Items.Select(r => r.Id).ShouldBe([a[2], a[1], a[0]]);
        running.Items.Select(r => r.Id).ShouldBe([a[1], b[0]], "a[1] was created a minute after b[0]");
        runningOfA.Items.ShouldHaveSingleItem().Id.ShouldBe(a[1]);
        runningOfA.Total.ShouldBe(1);
        none.Items.ShouldBeEmpty();
        none.Total.ShouldBe(0);
    }

    [Fact]
    public async Task FindRunsByPrefix_MatchesTheStartOfTheId_NewestFirst_AtMostTen()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var shared = Enumerable.Range(0, 12).Select(i => new RunId($"abc{i:x2}")).ToArray();
        for (var i = 0; i < shared.Length; i++)
        {
            await store.Runs.AppendAsync(Created(shared[i], at: T0.AddSeconds(i)));
        }

        await store.Runs.AppendAsync(Created(new RunId("abd00"), at: T0));
        await store.Runs.AppendAsync(Created(new RunId("xabc0"), at: T0));

        var many = await store.Runs.FindRunsByPrefixAsync("abc");
        var one = await store.Runs.FindRunsByPrefixAsync("abc0a");
        var upper = await store.Runs.FindRunsByPrefixAsync("ABC");

        many.Count.ShouldBe(10);
        many.Select(r => r.Id).ShouldBe(shared.Reverse().Take(10));
        one.ShouldHaveSingleItem().Id.ShouldBe(shared[10]);
        upper.ShouldBeEmpty();
    }

    [Fact]
    public async Task ListRunsEndedBefore_ReturnsEndedRunsBeforeTheCutoff_OldestFirst()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var runs = await CreateRunsAsync(store, 4, "p");
        await store.Runs.AppendAsync(new RunEnded(runs[0], T0.AddDays(3), RunStatus.Completed, null));
        await store.Runs.AppendAsync(new RunEnded(runs[1], T0.AddDays(1), RunStatus.Failed, "x"));
        await store.Runs.AppendAsync(new RunEnded(runs[2], T0.AddDays(10), RunStatus.Completed, null));

        var ended = await store.Runs.ListRunsEndedBeforeAsync(T0.AddDays(5));

        ended.Select(r => r.Id).ShouldBe([runs[1], runs[0]]);
    }

    [Fact]
    public async Task FindLatestCompletedBlockRun_PicksTheNewestCompletedOfThatPipelineAndBlock()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var older = RunId.New();
        var newest = RunId.New();
        var failedLater = RunId.New();
        var otherPipeline = RunId.New();

        // Created in one order, ended in another: "latest" goes by when the block ended.
        await EndBlockAsync(store, newest, "p", BlockRunStatus.Completed, T0.AddHours(5));
        await EndBlockAsync(store, older, "p", BlockRunStatus.Completed, T0.AddHours(1));
        await EndBlockAsync(store, failedLater, "p", BlockRunStatus.Failed, T0.AddHours(9));
        await EndBlockAsync(store, otherPipeline, "q", BlockRunStatus.Completed, T0.AddHours(10));

        var latest = await store.Runs.FindLatestCompletedBlockRunAsync(new PipelineId("p"), "ingest");
        var missing = await store.Runs.FindLatestCompletedBlockRunAsync(new PipelineId("p"), "prepare");

        latest.ShouldNotBeNull().Key.ShouldBe(new BlockKey(new PipelineId("p"), newest, "ingest"));
        latest.EndedAt.ShouldBe(T0.AddHours(5));
        missing.ShouldBeNull();
    }

    [Fact]
    public async Task FindRun_UnknownId_ReturnsNull()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);

        (await store.Runs.FindRunAsync(RunId.New())).ShouldBeNull();
        (await store.Runs.ListBlockRunsAsync(RunId.New())).ShouldBeEmpty();
    }

    private static async Task<RunId[]> CreateRunsAsync(SqliteMetadataStore store, int count, string pipeline)
    {
        var runs = new RunId[count];
        for (var i = 0; i < count; i++)
        {
            runs[i] = RunId.New();
            await store.Runs.AppendAsync(Created(runs[i], pipeline, T0.AddMinutes(i)));
        }

        return runs;
    }

    private static async Task EndBlockAsync(
        SqliteMetadataStore store, RunId run, string pipeline, BlockRunStatus status, DateTimeOffset endedAt)
    {
        await store.Runs.AppendAsync(Created(run, pipeline, T0, "ingest", "prepare"));
        await store.Runs.AppendAsync(new BlockStarted(run, endedAt.AddMinutes(-1), "ingest", 1));
        await store.Runs.AppendAsync(new BlockEnded(run, endedAt, "ingest", status, null));
    }
}
