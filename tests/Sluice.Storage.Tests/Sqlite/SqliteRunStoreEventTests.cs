using Sluice.Core;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteRunStoreEventTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ListEvents_ReturnsEveryEventAsAppended_InOrder()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();

        // Odd offsets and the last tick digit must survive the round trip.
        var at = new DateTimeOffset(2026, 3, 1, 14, 30, 15, TimeSpan.FromHours(2)).AddTicks(1_234_567);
        var created = Created(run, at: at);
        RunEvent[] appended =
        [
            created,
            new RunStarted(run, at.AddTicks(1)),
            new BlockStarted(run, at.AddTicks(2), "ingest", 1),
            new BlockAttemptFailed(run, at.AddTicks(3), "ingest", 1, "boom\nline two \"quoted\""),
            new BlockEnded(run, at.AddTicks(4), "ingest", BlockRunStatus.UpstreamFailed, null),
            new RunEnded(run, at.AddTicks(5), RunStatus.Cancelled, null),
        ];
        foreach (var e in appended)
        {
            await store.Runs.AppendAsync(e);
        }

        var read = await store.Runs.ListEventsAsync(run);

        read.Count.ShouldBe(appended.Length);
        var readCreated = read[0].ShouldBeOfType<RunCreated>();
        readCreated.Variables.ShouldBe(created.Variables);
        readCreated.Blocks.ShouldBe(created.Blocks);
        readCreated.At.Offset.ShouldBe(TimeSpan.FromHours(2));

        // Collections compare by reference in records: compare the rest with the read collections swapped in.
        (readCreated with { Variables = created.Variables, Blocks = created.Blocks }).ShouldBe(created);
        read.Skip(1).ShouldBe(appended.Skip(1));
    }

    [Fact]
    public async Task ListEvents_OfOneRun_LeavesOtherRunsOut()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var first = RunId.New();
        var second = RunId.New();
        await store.Runs.AppendAsync(Created(first));
        await store.Runs.AppendAsync(Created(second));
        await store.Runs.AppendAsync(new RunStarted(second, T0));

        (await store.Runs.ListEventsAsync(first)).ShouldHaveSingleItem().Run.ShouldBe(first);
        (await store.Runs.ListEventsAsync(second)).Count.ShouldBe(2);
    }
}
