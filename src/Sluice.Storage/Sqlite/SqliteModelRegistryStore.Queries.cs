using Dapper;

using Microsoft.Data.Sqlite;

using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Storage.Sqlite;

internal sealed partial class SqliteModelRegistryStore
{
    private const string VersionColumns =
        "v.model, v.version, r.experiment_id, v.run_id, v.artifact, v.signature, v.created_at";

    public async Task<RegisteredModel?> FindModelAsync(string name, CancellationToken cancellationToken = default)
    {
        RegistryNames.CheckModel(name);
        var models = await _session.RunAsync(
            c => QueryModels(c, "WHERE name = @name", new { name }),
            cancellationToken).ConfigureAwait(false);
        return models.Count == 0 ? null : models[0];
    }

    public Task<Page<RegisteredModel>> ListModelsAsync(
        RegisteredModelFilter filter, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);

        // instr rather than LIKE: the text is matched as it is, '%' and '_' included.
        var where = filter.NameContains is null ? string.Empty : "WHERE instr(lower(name), lower(@text)) > 0";
        var parameters = new { text = filter.NameContains };
        return _session.RunAsync(
            c =>
            {
                var total = c.ExecuteScalar<long>($"SELECT COUNT(*) FROM registered_models {where}", parameters);
                var models = QueryModels(
                    c, $"{where} ORDER BY name LIMIT {Math.Max(page.Size, 0)} OFFSET {Math.Max(page.Offset, 0)}", parameters);
                return new Page<RegisteredModel>(models, Math.Max(page.Number, 1), page.Size, total);
            },
            cancellationToken);
    }

    public Task<Page<ModelVersion>> ListVersionsAsync(
        string model, PageRequest page, CancellationToken cancellationToken = default)
    {
        RegistryNames.CheckModel(model);
        ArgumentNullException.ThrowIfNull(page);
        return _session.RunAsync(
            c =>
            {
                var total = c.ExecuteScalar<long>("SELECT COUNT(*) FROM model_versions WHERE model = @model", new { model });
                var versions = QueryVersions(
                    c,
                    $"WHERE v.model = @model ORDER BY v.version DESC LIMIT {Math.Max(page.Size, 0)} OFFSET {Math.Max(page.Offset, 0)}",
                    new { model });
                return new Page<ModelVersion>(versions, Math.Max(page.Number, 1), page.Size, total);
            },
            cancellationToken);
    }

    public async Task<ModelVersion?> FindVersionAsync(
        string model, ModelVersionSelector selector, CancellationToken cancellationToken = default)
    {
        RegistryNames.CheckModel(model);
        ArgumentNullException.ThrowIfNull(selector);
        var tail = selector switch
        {
            { Version: not null } => "WHERE v.model = @model AND v.version = @version",
            { Alias: not null } => """
                JOIN model_aliases a ON a.model = v.model AND a.version = v.version
                WHERE v.model = @model AND a.alias = @alias
                """,
            _ => "WHERE v.model = @model ORDER BY v.version DESC LIMIT 1",
        };
        var versions = await _session.RunAsync(
            c => QueryVersions(c, tail, new { model, version = selector.Version, alias = selector.Alias }),
            cancellationToken).ConfigureAwait(false);
        return versions.Count == 0 ? null : versions[0];
    }

    private static List<RegisteredModel> QueryModels(SqliteConnection connection, string tail, object parameters)
    {
        var rows = connection
            .Query<(string Name, long CreatedAt, long UpdatedAt, long LatestVersion)>(
                $"SELECT name, created_at, updated_at, latest_version FROM registered_models {tail}", parameters)
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var aliases = connection
            .Query<(string Model, string Alias, long Version)>(
                "SELECT model, alias, version FROM model_aliases WHERE model IN @names", new { names = rows.Select(r => r.Name).ToList() })
            .ToLookup(a => a.Model, StringComparer.Ordinal);
        return rows.ConvertAll(r => new RegisteredModel(
            r.Name,
            SqliteTime.FromTicks(r.CreatedAt),
            SqliteTime.FromTicks(r.UpdatedAt),
            (int)r.LatestVersion,
            aliases[r.Name].ToDictionary(a => a.Alias, a => (int)a.Version, StringComparer.Ordinal)));
    }

    private static List<ModelVersion> QueryVersions(SqliteConnection connection, string tail, object parameters)
    {
        var rows = connection
            .Query<(string Model, long Version, string Experiment, string Run, string Artifact, string Signature, long CreatedAt)>(
                $"SELECT {VersionColumns} FROM model_versions v JOIN tracked_runs r ON r.id = v.run_id {tail}", parameters)
            .ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        // Every row here is of one model: the queries above all filter on it.
        var aliases = connection
            .Query<(string Alias, long Version)>(
                "SELECT alias, version FROM model_aliases WHERE model = @model AND version IN @versions ORDER BY alias",
                new { model = rows[0].Model, versions = rows.Select(r => r.Version).ToList() })
            .ToLookup(a => a.Version);
        return rows.ConvertAll(r => new ModelVersion(
            r.Model,
            (int)r.Version,
            new ExperimentId(r.Experiment),
            new TrackedRunId(r.Run),
            r.Artifact,
            ModelSignatureJson.Deserialize(r.Signature),
            SqliteTime.FromTicks(r.CreatedAt),
            aliases[r.Version].Select(a => a.Alias).ToList()));
    }
}
