using Dapper;

using Microsoft.Data.Sqlite;

using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Storage.Sqlite;

internal sealed partial class SqliteTrackingStore
{
    public Task LogParamsAsync(
        TrackedRunId run, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            TrackingNames.CheckKey(key, "Param");
            TrackingNames.CheckParamValue(key, value);
        }

        return _session.InTransactionAsync(
            transaction =>
            {
                RequireRun(transaction, run);
                var c = transaction.Connection!;
                foreach (var (key, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    var existing = c.ExecuteScalar<string?>(
                        "SELECT value FROM tracked_params WHERE run_id = @run AND key = @key", new { run = run.Value, key }, transaction);
                    if (existing is null)
                    {
                        c.Execute(
                            "INSERT INTO tracked_params (run_id, key, value) VALUES (@run, @key, @value)",
                            new { run = run.Value, key, value },
                            transaction);
                    }
                    else if (!string.Equals(existing, value, StringComparison.Ordinal))
                    {
                        // The transaction is not committed, so none of this call's params are kept.
                        throw new SluiceException(
                            $"Param '{key}' of tracked run {run} is already '{existing}' and cannot become '{value}': "
                            + "params never change once logged; start a new run to try another value.");
                    }
                }

                return values.Count;
            },
            cancellationToken);
    }

    public Task LogMetricsAsync(TrackedRunId run, IReadOnlyList<MetricPoint> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        foreach (var point in points)
        {
            TrackingNames.CheckKey(point.Key, "Metric");
        }

        return _session.InTransactionAsync(
            transaction =>
            {
                RequireRun(transaction, run);
                foreach (var p in points)
                {
                    // SQLite would turn NaN into NULL anyway; saying so here keeps the reading side honest.
                    object? value = double.IsNaN(p.Value) ? null : p.Value;
                    var at = SqliteTime.ToTicks(p.At);
                    _insertMetric.With(transaction, run.Value, p.Key, value, p.Step, at).ExecuteNonQuery();
                    _upsertLatestMetric.With(transaction, run.Value, p.Key, value, p.Step, at).ExecuteNonQuery();
                }

                return points.Count;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<MetricPoint>> ListMetricHistoryAsync(
        TrackedRunId run, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _session.RunAsync<IReadOnlyList<MetricPoint>>(
            c => c
                .Query<(double? Value, long Step, long At)>(
                    "SELECT value, step, at FROM tracked_metrics WHERE run_id = @run AND key = @key ORDER BY step, at, id",
                    new { run = run.Value, key })
                .Select(r => new MetricPoint(key, r.Value ?? double.NaN, r.Step, SqliteTime.FromTicks(r.At)))
                .ToList(),
            cancellationToken);
    }

    public Task SetTagsAsync(
        TrackedRunId run, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default)
    {
        CheckTags(tags);
        return _session.InTransactionAsync(
            transaction =>
            {
                RequireRun(transaction, run);
                UpsertTags(transaction, run, tags);
                return tags.Count;
            },
            cancellationToken);
    }

    public Task RecordArtifactAsync(TrackedRunId run, ArtifactEntry artifact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var name = ArtifactNames.Normalize(artifact.Name);
        return _session.InTransactionAsync(
            transaction =>
            {
                RequireRun(transaction, run);
                return transaction.Connection!.Execute(
                    """
                    INSERT INTO tracked_artifacts (run_id, name, size, at) VALUES (@run, @name, @size, @at)
                    ON CONFLICT (run_id, name) DO UPDATE SET size = excluded.size, at = excluded.at
                    """,
                    new { run = run.Value, name, size = artifact.Size, at = SqliteTime.ToTicks(artifact.At) },
                    transaction);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ArtifactEntry>> ListArtifactsAsync(TrackedRunId run, CancellationToken cancellationToken = default) =>
        _session.RunAsync<IReadOnlyList<ArtifactEntry>>(
            c => c
                .Query<(string Name, long Size, long At)>(
                    "SELECT name, size, at FROM tracked_artifacts WHERE run_id = @run ORDER BY name", new { run = run.Value })
                .Select(r => new ArtifactEntry(r.Name, r.Size, SqliteTime.FromTicks(r.At)))
                .ToList(),
            cancellationToken);

    public Task<bool> EndRunAsync(
        TrackedRunId run, TrackedRunStatus status, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (status == TrackedRunStatus.Running || !Enum.IsDefined(status))
        {
            throw new ArgumentException($"A run ends Finished, Failed or Killed, not {status}.", nameof(status));
        }

        return _session.InTransactionAsync(
            transaction =>
            {
                RequireRun(transaction, run);
                return transaction.Connection!.Execute(
                    "UPDATE tracked_runs SET status = @status, ended_at = @at WHERE id = @run AND status = 'Running'",
                    new { run = run.Value, status = status.ToString(), at = SqliteTime.ToTicks(at) },
                    transaction) == 1;
            },
            cancellationToken);
    }

    private static void CheckTags(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var (key, value) in tags)
        {
            TrackingNames.CheckKey(key, "Tag");
            TrackingNames.CheckTagValue(key, value);
        }
    }

    private static void UpsertTags(SqliteTransaction transaction, TrackedRunId run, IReadOnlyDictionary<string, string> tags)
    {
        foreach (var (key, value) in tags)
        {
            transaction.Connection!.Execute(
                """
                INSERT INTO tracked_tags (run_id, key, value) VALUES (@run, @key, @value)
                ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value
                """,
                new { run = run.Value, key, value },
                transaction);
        }
    }
}
