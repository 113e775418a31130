using Microsoft.Extensions.Logging;

using Sluice.Core;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteLogStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task List_ReturnsAppendedLinesOldestFirst_AsWritten()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();
        LogEntry[] entries =
        [
            new(run, "prepare", 2, T0.AddSeconds(2).AddTicks(7), LogLevel.Error, "failed:\nstack"),
            new(run, null, 0, T0, LogLevel.Information, "run started"),
            new(run, "ingest", 1, T0.AddSeconds(1), LogLevel.Debug, "read 100 rows"),
        ];

        await store.Logs.AppendAsync(entries);
        var page = await store.Logs.ListAsync(new LogFilter(run), new PageRequest());

        page.Items.ShouldBe([entries[1], entries[2], entries[0]]);
        page.Total.ShouldBe(3);
    }

    [Fact]
    public async Task List_ByBlockAndPage_FiltersAndCountsTheWholeList()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();
        var other = RunId.New();
        var lines = Enumerable.Range(0, 7)
            .Select(i => new LogEntry(run, "ingest", 1, T0.AddSeconds(i), LogLevel.Information, $"line {i}"))
            .Append(new LogEntry(run, "prepare", 1, T0, LogLevel.Warning, "other block"))
            .Append(new LogEntry(other, "ingest", 1, T0, LogLevel.Warning, "other run"))
            .ToList();
        await store.Logs.AppendAsync(lines);

        var second = await store.Logs.ListAsync(new LogFilter(run, "ingest"), new PageRequest(2, 3));
        var wholeRun = await store.Logs.ListAsync(new LogFilter(run), new PageRequest(1, 100));

        second.Total.ShouldBe(7);
        second.PageCount.ShouldBe(3);
        second.Items.Select(e => e.Message).ShouldBe(["line 3", "line 4", "line 5"]);
        wholeRun.Total.ShouldBe(8);
        wholeRun.Items.ShouldNotContain(e => e.Run == other);
    }

    [Fact]
    public async Task DeleteRun_RemovesOnlyThatRunsLines_AndCountsThem()
    {
        await using var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();
        var kept = RunId.New();
        await store.Logs.AppendAsync(
        [
            new(run, null, 0, T0, LogLevel.Information, "a"),
            new(run, "x", 1, T0, LogLevel.Information, "b"),
            new(kept, null, 0, T0, LogLevel.Information, "c"),
        ]);

        var deleted = await store.Logs.DeleteRunAsync(run);

        deleted.ShouldBe(2);
        (await store.Logs.ListAsync(new LogFilter(run), new PageRequest())).Total.ShouldBe(0);
        (await store.Logs.ListAsync(new LogFilter(kept), new PageRequest())).Items.ShouldHaveSingleItem().Message.ShouldBe("c");
    }
}
