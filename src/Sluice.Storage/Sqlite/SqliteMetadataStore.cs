using Microsoft.Data.Sqlite;

using Sluice.Core;

namespace Sluice.Storage.Sqlite;

/// <summary>
/// The metadata store in one SQLite file (WAL mode). Several processes may open the same file: writers wait for
/// each other up to <see cref="BusyTimeout"/>. One store keeps one connection; its methods may be called from any
/// thread and run one at a time.
/// </summary>
public sealed class SqliteMetadataStore : IMetadataStore
{
    /// <summary>How long a write waits for another process's write before it fails.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    // SQLITE_NOTADB and SQLITE_CORRUPT: the file exists but is not a SQLite database we can read.
    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;

    private readonly SqliteSession _session;
    private readonly SqliteRunStore _runs;
    private readonly SqliteLogStore _logs;
    private readonly SqliteTrackingStore _tracking;
    private readonly SqliteModelRegistryStore _models;
    private int _disposed;

    private SqliteMetadataStore(SqliteSession session, TimeProvider timeProvider)
    {
        _session = session;
        TimeProvider = timeProvider;
        _runs = new SqliteRunStore(session);
        _logs = new SqliteLogStore(session);
        _tracking = new SqliteTrackingStore(session);
        _models = new SqliteModelRegistryStore(session);
    }

    /// <summary>The file this store keeps its data in.</summary>
    public string DatabasePath => _session.DatabasePath;

    /// <summary>The clock of the process that opened the store, for callers that stamp events it keeps.</summary>
    public TimeProvider TimeProvider { get; }

    /// <inheritdoc />
    public IRunStore Runs => _runs;

    /// <inheritdoc />
    public ILogStore Logs => _logs;

    /// <inheritdoc />
    public ITrackingStore Tracking => _tracking;

    /// <inheritdoc />
    public IModelRegistryStore Models => _models;

    /// <summary>
    /// Opens the database at <paramref name="databasePath"/>, creating its folder and file when missing and
    /// applying the migrations it lacks.
    /// </summary>
    /// <exception cref="SluiceException">The file is not a Sluice database or cannot be opened.</exception>
    public static Task<SqliteMetadataStore> OpenAsync(
        string databasePath, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        cancellationToken.ThrowIfCancellationRequested();
        var fullPath = Path.GetFullPath(databasePath);
        var connection = Connect(fullPath);
        try
        {
            SqliteMigrator.Migrate(connection);
            var store = new SqliteMetadataStore(new SqliteSession(connection, fullPath), timeProvider ?? TimeProvider.System);
            return Task.FromResult(store);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Explain(fullPath, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Closes the connection; the file may be moved or deleted afterwards. Disposing twice is harmless.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        // Under the gate, so a call still running finishes before its prepared statements go.
        await _session.RunAsync(
            _ =>
            {
                _runs.Dispose();
                _logs.Dispose();
                _tracking.Dispose();
                _models.Dispose();
                return true;
            },
            CancellationToken.None).ConfigureAwait(false);
        await _session.DisposeAsync().ConfigureAwait(false);
    }

    private static SqliteConnection Connect(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        }.ToString();
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();

            // journal_mode is kept in the file; the others hold for this connection only. NORMAL in WAL mode skips
            // the fsync per commit and can lose only the last commits on power loss, never corrupt the file.
            Pragma(connection, "PRAGMA journal_mode = WAL");
            Pragma(connection, "PRAGMA synchronous = NORMAL");
            Pragma(connection, "PRAGMA foreign_keys = ON");
            Pragma(connection, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}");
            return connection;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Explain(fullPath, e);
        }
    }

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SluiceException Explain(string fullPath, SqliteException e) =>
        e.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt
            ? new SluiceException($"{fullPath} is not a Sluice database: {e.Message}", e)
            : new SluiceException($"{fullPath} could not be opened as a Sluice database: {e.Message}", e);
}
