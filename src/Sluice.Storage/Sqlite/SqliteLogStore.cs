using Dapper;

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

using Sluice.Core;

namespace Sluice.Storage.Sqlite;

/// <summary>Run logs in SQLite's <c>run_logs</c> table.</summary>
internal sealed class SqliteLogStore : ILogStore, IDisposable
{
    private readonly SqliteSession _session;
    private readonly SqliteCommand _insert;

    public SqliteLogStore(SqliteSession session)
    {
        _session = session;
        _insert = SqliteCommands.Create(
            session.Connection,
            """
            INSERT INTO run_logs (run_id, block, attempt, at, level, message)
            VALUES ($run, $block, $attempt, $at, $level, $message)
            """,
            "$run", "$block", "$attempt", "$at", "$level", "$message");
    }

    public Task AppendAsync(IReadOnlyList<LogEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        return _session.InTransactionAsync(
            transaction =>
            {
                foreach (var e in entries)
                {
                    _insert
                        .With(transaction, e.Run.Value, e.Block, e.Attempt, SqliteTime.ToTicks(e.At), e.Level.ToString(), e.Message)
                        .ExecuteNonQuery();
                }

                return entries.Count;
            },
            cancellationToken);
    }

    public Task<Page<LogEntry>> ListAsync(LogFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var condition = filter.Block is null ? "run_id = @run" : "run_id = @run AND block = @block";
        var parameters = new { run = filter.Run.Value, block = filter.Block };
        var size = Math.Max(page.Size, 0);
        var offset = Math.Max(page.Offset, 0);
        return _session.RunAsync(
            c =>
            {
                var total = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM run_logs WHERE {condition}", parameters);
                var rows = c.Query<(string Run, string? Block, long Attempt, long At, string Level, string Message)>(
                    $"""
                    SELECT run_id, block, attempt, at, level, message FROM run_logs WHERE {condition}
                    ORDER BY at, id LIMIT {size} OFFSET {offset}
                    """,
                    parameters);
                var entries = rows
                    .Select(r => new LogEntry(
                        new RunId(r.Run),
                        r.Block,
                        (int)r.Attempt,
                        SqliteTime.FromTicks(r.At),
                        Enum.Parse<LogLevel>(r.Level),
                        r.Message))
                    .ToList();
                return new Page<LogEntry>(entries, Math.Max(page.Number, 1), page.Size, total);
            },
            cancellationToken);
    }

    public Task<int> DeleteRunAsync(RunId run, CancellationToken cancellationToken = default) =>
        _session.InTransactionAsync(
            transaction => transaction.Connection!.Execute(
                "DELETE FROM run_logs WHERE run_id = @run", new { run = run.Value }, transaction),
            cancellationToken);

    public void Dispose() => _insert.Dispose();
}
