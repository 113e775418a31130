using System.Runtime.ExceptionServices;

using DbUp;
using DbUp.Engine;
using DbUp.Sqlite.Helpers;

using Microsoft.Data.Sqlite;

namespace Sluice.Storage.Sqlite;

/// <summary>
/// Brings a SQLite database to the latest schema with DbUp: the scripts under <c>Sqlite/Migrations</c>, embedded in
/// this assembly, run in name order, and DbUp's journal table records which have run.
/// </summary>
internal static class SqliteMigrator
{
    private const string ScriptPrefix = "Sluice.Storage.Sqlite.Migrations.";

    public static void Migrate(SqliteConnection connection)
    {
        // DbUp runs on the store's own connection: it keeps an already open connection open.
        var upgrader = DeployChanges.To
            .SqliteDatabase(new SharedConnection(connection))
            .WithScriptsEmbeddedInAssembly(
                typeof(SqliteMigrator).Assembly,
                name => name.StartsWith(ScriptPrefix, StringComparison.Ordinal))
            .LogToNowhere()
            .Build();

        // The usual open finds nothing to do and takes no write lock.
        if (!upgrader.IsUpgradeRequired())
        {
            return;
        }

        // Two processes may open a new file at once. The write lock makes the second wait, then DbUp reads the
        // journal again inside the lock and finds the scripts applied; a failed script leaves nothing behind.
        Execute(connection, "BEGIN IMMEDIATE");
        DatabaseUpgradeResult result;
        try
        {
            result = upgrader.PerformUpgrade();
        }
        catch
        {
            Execute(connection, "ROLLBACK");
            throw;
        }

        if (!result.Successful)
        {
            Execute(connection, "ROLLBACK");
            ExceptionDispatchInfo.Capture(result.Error).Throw();
        }

        Execute(connection, "COMMIT");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
