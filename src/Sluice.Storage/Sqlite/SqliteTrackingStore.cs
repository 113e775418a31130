using Dapper;

using Microsoft.Data.Sqlite;

using Sluice.Core;

namespace Sluice.Storage.Sqlite;

/// <summary>
/// Experiment tracking in SQLite: <c>experiments</c>, <c>tracked_runs</c> and their params, metrics (every value and
/// the latest per key), tags and artifact names. Every write checks its input, then runs in one transaction.
/// </summary>
internal sealed partial class SqliteTrackingStore : ITrackingStore, IDisposable
{
    private readonly SqliteSession _session;

    // A training loop may log a metric per step, so that path keeps its statements prepared.
    private readonly SqliteCommand _runExists;
    private readonly SqliteCommand _insertMetric;
    private readonly SqliteCommand _upsertLatestMetric;

    public SqliteTrackingStore(SqliteSession session)
    {
        _session = session;
        var c = session.Connection;
        _runExists = SqliteCommands.Create(c, "SELECT experiment_id FROM tracked_runs WHERE id = $run", "$run");
        _insertMetric = SqliteCommands.Create(
            c,
            "INSERT INTO tracked_metrics (run_id, key, value, step, at) VALUES ($run, $key, $value, $step, $at)",
            "$run", "$key", "$value", "$step", "$at");
        _upsertLatestMetric = SqliteCommands.Create(
            c,
            """
            INSERT INTO tracked_latest_metrics (run_id, key, value, step, at) VALUES ($run, $key, $value, $step, $at)
            ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value, step = excluded.step, at = excluded.at
            WHERE excluded.step > tracked_latest_metrics.step
               OR (excluded.step = tracked_latest_metrics.step AND excluded.at >= tracked_latest_metrics.at)
            """,
            "$run", "$key", "$value", "$step", "$at");
    }

    public Task<Experiment> GetOrCreateExperimentAsync(
        string name, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        TrackingNames.CheckName(name, "Experiment name");

        // Inside the write transaction (BEGIN IMMEDIATE), so two processes asking at once get the same experiment.
        return _session.InTransactionAsync(
            transaction =>
            {
                var c = transaction.Connection!;
                var existing = QueryExperiments(c, "WHERE name = @name", new { name }, transaction);
                if (existing.Count > 0)
                {
                    return existing[0];
                }

                var experiment = new Experiment(ExperimentId.New(), name, at);
                c.Execute(
                    "INSERT INTO experiments (id, name, created_at) VALUES (@id, @name, @at)",
                    new { id = experiment.Id.Value, name, at = SqliteTime.ToTicks(at) },
                    transaction);
                return experiment;
            },
            cancellationToken);
    }

    public async Task<Experiment?> FindExperimentAsync(ExperimentId id, CancellationToken cancellationToken = default)
    {
        var found = await _session.RunAsync(
            c => QueryExperiments(c, "WHERE id = @id", new { id = id.Value }),
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<Experiment?> FindExperimentByNameAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = await _session.RunAsync(
            c => QueryExperiments(c, "WHERE name = @name", new { name }),
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<Page<Experiment>> ListExperimentsAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        return _session.RunAsync(
            c =>
            {
                var total = c.ExecuteScalar<long>("SELECT COUNT(*) FROM experiments");
                var items = QueryExperiments(
                    c, $"ORDER BY name LIMIT {Math.Max(page.Size, 0)} OFFSET {Math.Max(page.Offset, 0)}", null);
                return new Page<Experiment>(items, Math.Max(page.Number, 1), page.Size, total);
            },
            cancellationToken);
    }

    public void Dispose()
    {
        _runExists.Dispose();
        _insertMetric.Dispose();
        _upsertLatestMetric.Dispose();
    }

    private static List<Experiment> QueryExperiments(
        SqliteConnection connection, string tail, object? parameters, SqliteTransaction? transaction = null) =>
        connection
            .Query<(string Id, string Name, long CreatedAt)>(
                $"SELECT id, name, created_at FROM experiments {tail}", parameters, transaction)
            .Select(r => new Experiment(new ExperimentId(r.Id), r.Name, SqliteTime.FromTicks(r.CreatedAt)))
            .ToList();

    // The run's experiment; a run that does not exist is the caller's mistake, named in one message.
    private ExperimentId RequireRun(SqliteTransaction transaction, TrackedRunId run) =>
        _runExists.With(transaction, run.Value).ExecuteScalar() is string experiment
            ? new ExperimentId(experiment)
            : throw new SluiceException($"Tracked run {run} does not exist.");
}
