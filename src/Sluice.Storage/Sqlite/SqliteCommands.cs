using Microsoft.Data.Sqlite;

namespace Sluice.Storage.Sqlite;

/// <summary>Builds commands; a command kept and run again keeps its prepared statement.</summary>
internal static class SqliteCommands
{
    /// <summary>A command for <paramref name="sql"/> with its <paramref name="parameters"/> declared once.</summary>
    public static SqliteCommand Create(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }

    /// <summary>Sets <paramref name="values"/> in declaration order, null as SQL NULL.</summary>
    public static SqliteCommand With(this SqliteCommand command, SqliteTransaction? transaction, params object?[] values)
    {
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }
}
