using Microsoft.Data.Sqlite;

using Sluice.Core;
using Sluice.Storage.Sqlite;

using static Sluice.Storage.Tests.Sqlite.RunEvents;

namespace Sluice.Storage.Tests.Sqlite;

public sealed class SqliteMetadataStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Open_NewPath_CreatesTheFolderAndAWalDatabase()
    {
        await using (await SqliteMetadataStore.OpenAsync(_database.Path))
        {
            File.Exists(_database.Path).ShouldBeTrue();
        }

        ReadPragma("journal_mode").ShouldBe("wal");
    }

    [Fact]
    public async Task Open_Twice_AppliesEachMigrationOnce_AndKeepsTheData()
    {
        var run = RunId.New();
        await using (var first = await SqliteMetadataStore.OpenAsync(_database.Path))
        {
            await first.Runs.AppendAsync(Created(run));
        }

        await using (var second = await SqliteMetadataStore.OpenAsync(_database.Path))
        {
            (await second.Runs.FindRunAsync(run)).ShouldNotBeNull();
        }

        var scripts = ReadColumn("SELECT ScriptName FROM schemaversions ORDER BY ScriptName");
        scripts.ShouldBe(
        [
            "Sluice.Storage.Sqlite.Migrations.0001_runs.sql",
            "Sluice.Storage.Sqlite.Migrations.0002_logs.sql",
            "Sluice.Storage.Sqlite.Migrations.0003_run_owner.sql",
            "Sluice.Storage.Sqlite.Migrations.0004_tracking.sql",
            "Sluice.Storage.Sqlite.Migrations.0005_model_registry.sql",
        ]);
    }

    [Fact]
    public async Task Open_SeveralAtOnceOnANewFile_AllSucceedAndMigrateOnce()
    {
        using var start = new Barrier(4);
        var opening = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                return SqliteMetadataStore.OpenAsync(_database.Path);
            }))
            .ToList();

        var stores = await Task.WhenAll(opening);
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        ReadColumn("SELECT ScriptName FROM schemaversions").Count.ShouldBe(5);
    }

    [Fact]
    public async Task Open_SecondStoreOnTheSameFile_SeesTheFirstStoresWrites()
    {
        await using var writer = await SqliteMetadataStore.OpenAsync(_database.Path);
        await using var reader = await SqliteMetadataStore.OpenAsync(_database.Path);
        var run = RunId.New();

        await writer.Runs.AppendAsync(Created(run));
        await writer.Runs.AppendAsync(new RunStarted(run, T0));
        await reader.Runs.AppendAsync(new BlockStarted(run, T0, "ingest", 1));

        (await reader.Runs.FindRunAsync(run)).ShouldNotBeNull().Status.ShouldBe(RunStatus.Running);
        (await writer.Runs.ListBlockRunsAsync(run))[0].Status.ShouldBe(BlockRunStatus.Running);
    }

    [Fact]
    public async Task Open_TwoStoresWritingAtOnce_LoseNoEvent()
    {
        await using var one = await SqliteMetadataStore.OpenAsync(_database.Path);
        await using var two = await SqliteMetadataStore.OpenAsync(_database.Path);

        static async Task WriteAsync(IMetadataStore store)
        {
            for (var i = 0; i < 50; i++)
            {
                await store.Runs.AppendAsync(Created(RunId.New()));
            }
        }

        await Task.WhenAll(Task.Run(() => WriteAsync(one)), Task.Run(() => WriteAsync(two)));

        (await one.Runs.ListRunsAsync(RunFilter.All, new PageRequest(1, 1))).Total.ShouldBe(100);
    }

    [Fact]
    public async Task Open_FileThatIsNotSqlite_ThrowsSluiceExceptionNamingTheFile()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.Path)!);
        await File.WriteAllBytesAsync(
            _database.Path, [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 31) + 7))]);

        var error = await Should.ThrowAsync<SluiceException>(() => SqliteMetadataStore.OpenAsync(_database.Path));

        error.Message.ShouldStartWith($"{_database.Path} is not a Sluice database: ");
    }

    [Fact]
    public async Task Dispose_ReleasesTheFile_SoItCanBeDeleted()
    {
        var store = await SqliteMetadataStore.OpenAsync(_database.Path);
        await store.Runs.AppendAsync(Created(RunId.New()));

        await store.DisposeAsync();
        await store.DisposeAsync();
        File.Delete(_database.Path);

        File.Exists(_database.Path).ShouldBeFalse();
        await using var reopened = await SqliteMetadataStore.OpenAsync(_database.Path);
        (await reopened.Runs.ListRunsAsync(RunFilter.All, new PageRequest())).Total.ShouldBe(0);
    }

    private string ReadPragma(string name) => ReadColumn($"PRAGMA {name}").Single();

    private List<string> ReadColumn(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
