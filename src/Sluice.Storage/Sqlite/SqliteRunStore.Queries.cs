using Dapper;

using Microsoft.Data.Sqlite;

using Sluice.Core;
using Sluice.Storage.Serialization;

namespace Sluice.Storage.Sqlite;

internal sealed partial class SqliteRunStore
{
    private const int PrefixMatchLimit = 10;

    // Newest first: ids are time-ordered, so the id breaks ties between runs created in the same tick.
    private const string NewestFirst = "ORDER BY created_at DESC, id DESC";

    public async Task<PipelineRun?> FindRunAsync(RunId id, CancellationToken cancellationToken = default)
    {
        var runs = await _session.RunAsync(
            c => QueryRuns(c, $"SELECT {SqliteRunRows.RunColumns} FROM pipeline_runs WHERE id = $id", ("$id", id.Value)),
            cancellationToken).ConfigureAwait(false);
        return runs.Count == 0 ? null : runs[0];
    }

    public async Task<IReadOnlyList<PipelineRun>> FindRunsByPrefixAsync(
        string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);

        // A range on the primary key instead of LIKE, which ignores case and cannot use the index here.
        // U+FFFF sorts after every character an id can hold.
        return await _session.RunAsync(
            c => QueryRuns(
                c,
                $"""
                SELECT {SqliteRunRows.RunColumns} FROM pipeline_runs
                WHERE id >= $low AND id < $high {NewestFirst} LIMIT {PrefixMatchLimit}
                """,
                ("$low", prefix),
                ("$high", prefix + '\uffff')),
            cancellationToken).ConfigureAwait(false);
    }

    public Task<Page<PipelineRun>> ListRunsAsync(
        RunFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var parameters = Pairs(filter);
        var condition = parameters.Length == 0
            ? string.Empty
            : "WHERE " + string.Join(" AND ", parameters.Select(p => $"{p.Name[1..]} = {p.Name}"));
        var size = Math.Max(page.Size, 0);
        var offset = Math.Max(page.Offset, 0);
        return _session.RunAsync(
            c =>
            {
                long total;
                using (var count = Command(c, $"SELECT COUNT(*) FROM pipeline_runs {condition}", parameters))
                {
                    total = (long)count.ExecuteScalar()!;
                }

                var runs = QueryRuns(
                    c,
                    $"""
                    SELECT {SqliteRunRows.RunColumns} FROM pipeline_runs {condition} {NewestFirst}
                    LIMIT {size} OFFSET {offset}
                    """,
                    parameters);
                return new Page<PipelineRun>(runs, Math.Max(page.Number, 1), page.Size, total);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<BlockRun>> ListBlockRunsAsync(RunId id, CancellationToken cancellationToken = default)
    {
        return await _session.RunAsync(
            c =>
            {
                using var command = SqliteCommands.Create(
                    c,
                    $"SELECT {SqliteRunRows.BlockRunColumns} FROM block_runs WHERE run_id = $run ORDER BY position",
                    "$run");
                return SqliteRunRows.ReadBlockRuns(command.With(null, id.Value));
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<BlockRun?> FindLatestCompletedBlockRunAsync(
        PipelineId pipeline, string block, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(block);
        var found = await _session.RunAsync(
            c =>
            {
                using var command = SqliteCommands.Create(
                    c,
                    $"""
                    SELECT {SqliteRunRows.BlockRunColumns} FROM block_runs
                    WHERE pipeline = $pipeline AND block = $block AND status = 'Completed'
                    ORDER BY ended_at DESC, run_id DESC LIMIT 1
                    """,
                    "$pipeline",
                    "$block");
                return SqliteRunRows.ReadBlockRuns(command.With(null, pipeline.Value, block));
            },
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<RunEvent>> ListEventsAsync(RunId id, CancellationToken cancellationToken = default)
    {
        var payloads = await _session.RunAsync(
            c => c.Query<string>("SELECT payload FROM run_events WHERE run_id = $run ORDER BY seq", new { run = id.Value })
                .AsList(),
            cancellationToken).ConfigureAwait(false);
        return payloads.ConvertAll(RunEventJson.Deserialize);
    }

    public async Task<IReadOnlyList<PipelineRun>> ListUnfinishedRunsAsync(CancellationToken cancellationToken = default)
    {
        return await _session.RunAsync(
            c => QueryRuns(
                c,
                $"""
                SELECT {SqliteRunRows.RunColumns} FROM pipeline_runs
                WHERE status IN ('Queued', 'Running') ORDER BY created_at, id
                """),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PipelineRun>> ListRunsEndedBeforeAsync(
        DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        return await _session.RunAsync(
            c => QueryRuns(
                c,
                $"""
                SELECT {SqliteRunRows.RunColumns} FROM pipeline_runs
                WHERE ended_at IS NOT NULL AND ended_at < $cutoff ORDER BY ended_at, id
                """,
                ("$cutoff", SqliteTime.ToTicks(cutoff))),
            cancellationToken).ConfigureAwait(false);
    }

    private static (string Name, object Value)[] Pairs(RunFilter filter)
    {
        var pairs = new List<(string, object)>(2);
        if (filter.Pipeline is { } pipeline)
        {
            pairs.Add(("$pipeline", pipeline.Value));
        }

        if (filter.Status is { } status)
        {
            pairs.Add(("$status", status.ToString()));
        }

        return [.. pairs];
    }

    private static List<PipelineRun> QueryRuns(
        SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, sql, parameters);
        return SqliteRunRows.ReadRuns(command);
    }

    private static SqliteCommand Command(
        SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
