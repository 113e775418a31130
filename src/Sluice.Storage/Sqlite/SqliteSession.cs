using Microsoft.Data.Sqlite;

namespace Sluice.Storage.Sqlite;

/// <summary>
/// The one open connection of a store and the gate that keeps it to one caller at a time: a SQLite connection is
/// not thread-safe, and one connection lets every statement stay prepared for the life of the store.
/// </summary>
internal sealed class SqliteSession : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public SqliteSession(SqliteConnection connection, string databasePath)
    {
        Connection = connection;
        DatabasePath = databasePath;
    }

    public SqliteConnection Connection { get; }

    public string DatabasePath { get; }

    /// <summary>Runs <paramref name="work"/> alone on the connection.</summary>
    public async Task<T> RunAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return work(Connection);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> alone on the connection inside one write transaction.</summary>
    public Task<T> InTransactionAsync<T>(Func<SqliteTransaction, T> work, CancellationToken cancellationToken) =>
        RunAsync(
            connection =>
            {
                // BEGIN IMMEDIATE (the default here) takes the write lock up front, so another process's writer
                // makes this one wait out busy_timeout instead of failing on a stale read snapshot.
                using var transaction = connection.BeginTransaction();
                var result = work(transaction);
                transaction.Commit();
                return result;
            },
            cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            await Connection.DisposeAsync().ConfigureAwait(false);

            // Pooling is off, but clearing the pool as well guarantees no handle keeps the file open (tests delete it).
            SqliteConnection.ClearPool(Connection);
        }
        finally
        {
            _gate.Release();
            _gate.Dispose();
        }
    }
}
