using Dapper;

using Microsoft.Data.Sqlite;

using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Storage.Sqlite;

internal sealed partial class SqliteTrackingStore
{
    public Task<TrackedRun> StartRunAsync(NewTrackedRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        TrackingNames.CheckName(run.Name, "Run name");
        CheckTags(run.Tags);
        return _session.InTransactionAsync(
            transaction =>
            {
                var c = transaction.Connection!;
                if (c.ExecuteScalar<long>("SELECT COUNT(*) FROM experiments WHERE id = @id", new { id = run.Experiment.Value }, transaction) == 0)
                {
                    throw new SluiceException($"Experiment {run.Experiment} does not exist.");
                }

                var id = TrackedRunId.New();
                c.Execute(
                    """
                    INSERT INTO tracked_runs (id, experiment_id, name, status, started_at, pipeline_run, pipeline, block, attempt)
                    VALUES (@id, @experiment, @name, @status, @at, @pipelineRun, @pipeline, @block, @attempt)
                    """,
                    new
                    {
                        id = id.Value,
                        experiment = run.Experiment.Value,
                        name = run.Name,
                        status = nameof(TrackedRunStatus.Running),
                        at = SqliteTime.ToTicks(run.StartedAt),
                        pipelineRun = run.Source?.PipelineRun.Value,
                        pipeline = run.Source?.Pipeline.Value,
                        block = run.Source?.Block,
                        attempt = run.Source?.Attempt,
                    },
                    transaction);
                UpsertTags(transaction, id, run.Tags);
                return new TrackedRun(id, run.Experiment, run.Name, TrackedRunStatus.Running, run.StartedAt, null, run.Source)
                {
                    Tags = new Dictionary<string, string>(run.Tags, StringComparer.Ordinal),
                };
            },
            cancellationToken);
    }

    public async Task<TrackedRun?> FindRunAsync(TrackedRunId id, CancellationToken cancellationToken = default)
    {
        var runs = await _session.RunAsync(
            c => WithChildren(c, QueryRuns(c, "WHERE r.id = @id", string.Empty, new { id = id.Value })),
            cancellationToken).ConfigureAwait(false);
        return runs.Count == 0 ? null : runs[0];
    }

    public Task<Page<TrackedRun>> ListRunsAsync(
        TrackedRunFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var (where, parameters) = Conditions(filter);
        var (join, order) = Ordering(filter.OrderBy ?? TrackedRunOrder.NewestFirst, parameters);
        var limit = $"LIMIT {Math.Max(page.Size, 0)} OFFSET {Math.Max(page.Offset, 0)}";
        return _session.RunAsync(
            c =>
            {
                var total = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM tracked_runs r {where}", parameters);
                var runs = WithChildren(c, QueryRuns(c, $"{join} {where}", $"{order} {limit}", parameters));
                return new Page<TrackedRun>(runs, Math.Max(page.Number, 1), page.Size, total);
            },
            cancellationToken);
    }

    public Task<ExperimentKeys> ListKeysAsync(ExperimentId experiment, CancellationToken cancellationToken = default) =>
        _session.RunAsync(
            c =>
            {
                List<string> Keys(string table) => c
                    .Query<string>(
                        $"SELECT DISTINCT k.key FROM {table} k JOIN tracked_runs r ON r.id = k.run_id WHERE r.experiment_id = @experiment",
                        new { experiment = experiment.Value })
                    .Order(StringComparer.Ordinal)
                    .ToList();
                return new ExperimentKeys(Keys("tracked_params"), Keys("tracked_latest_metrics"));
            },
            cancellationToken);

    // Runs without the metric or param (or with NaN, stored as NULL) sort after the others either way; ties newest first.
    private static (string Join, string Order) Ordering(TrackedRunOrder order, DynamicParameters parameters)
    {
        var direction = order.Descending ? "DESC" : "ASC";
        parameters.Add("sortKey", order.Key);
        return order.By switch
        {
            TrackedRunSortKey.Metric => (
                "LEFT JOIN tracked_latest_metrics m ON m.run_id = r.id AND m.key = @sortKey",
                $"ORDER BY m.value IS NULL, m.value {direction}, r.started_at DESC, r.id DESC"),

            // A value made only of digits, signs, points and exponents (with at least one digit) sorts as a number;
            // SQLite orders numbers before text, so a mixed column still reads sensibly.
            TrackedRunSortKey.Param => (
                "LEFT JOIN tracked_params p ON p.run_id = r.id AND p.key = @sortKey",
                $"""
                ORDER BY p.value IS NULL,
                         CASE WHEN p.value GLOB '*[0-9]*' AND p.value NOT GLOB '*[^0-9.eE+-]*'
                              THEN CAST(p.value AS REAL) ELSE p.value END {direction},
                         r.started_at DESC, r.id DESC
                """),
            _ => (string.Empty, $"ORDER BY r.started_at {direction}, r.id {direction}"),
        };
    }

    private static (string Where, DynamicParameters Parameters) Conditions(TrackedRunFilter filter)
    {
        var conditions = new List<string>();
        var parameters = new DynamicParameters();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            parameters.Add(name, value);
        }

        if (filter.Experiment is { } experiment)
        {
            Add("r.experiment_id = @experiment", "experiment", experiment.Value);
        }

        if (filter.Status is { } status)
        {
            Add("r.status = @status", "status", status.ToString());
        }

        if (filter.PipelineRun is { } pipelineRun)
        {
            Add("r.pipeline_run = @pipelineRun", "pipelineRun", pipelineRun.Value);
        }

        if (filter.Pipeline is { } pipeline)
        {
            Add("r.pipeline = @pipeline", "pipeline", pipeline.Value);
        }

        if (filter.Block is { } block)
        {
            Add("r.block = @block", "block", block);
        }

        return (conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions), parameters);
    }

    private static List<TrackedRun> QueryRuns(SqliteConnection connection, string joinAndWhere, string tail, object parameters) =>
        connection
            .Query<TrackedRunRow>(
                $"""
                SELECT r.id AS Id, r.experiment_id AS Experiment, r.name AS Name, r.status AS Status,
                       r.started_at AS StartedAt, r.ended_at AS EndedAt, r.pipeline_run AS PipelineRun,
                       r.pipeline AS Pipeline, r.block AS Block, r.attempt AS Attempt
                FROM tracked_runs r {joinAndWhere} {tail}
                """,
                parameters)
            .Select(row => row.ToRun())
            .ToList();

    // Three reads for the whole page rather than three per run.
    private static List<TrackedRun> WithChildren(SqliteConnection connection, List<TrackedRun> runs)
    {
        if (runs.Count == 0)
        {
            return runs;
        }

        var ids = new { ids = runs.Select(r => r.Id.Value).ToList() };
        var parameters = KeyValues(connection, "SELECT run_id, key, value FROM tracked_params WHERE run_id IN @ids", ids);
        var tags = KeyValues(connection, "SELECT run_id, key, value FROM tracked_tags WHERE run_id IN @ids", ids);
        var metrics = connection
            .Query<(string Run, string Key, double? Value)>(
                "SELECT run_id, key, value FROM tracked_latest_metrics WHERE run_id IN @ids", ids)
            .ToLookup(m => m.Run, StringComparer.Ordinal);
        return runs.ConvertAll(run => run with
        {
            Params = parameters[run.Id.Value].ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Tags = tags[run.Id.Value].ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
            Metrics = metrics[run.Id.Value].ToDictionary(m => m.Key, m => m.Value ?? double.NaN, StringComparer.Ordinal),
        });
    }

    private static ILookup<string, (string Run, string Key, string Value)> KeyValues(
        SqliteConnection connection, string sql, object parameters) =>
        connection.Query<(string Run, string Key, string Value)>(sql, parameters).ToLookup(p => p.Run, StringComparer.Ordinal);
}
