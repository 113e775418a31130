using Dapper;

using Microsoft.Data.Sqlite;

using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Storage.Sqlite;

/// <summary>
/// The model registry in SQLite: <c>registered_models</c>, <c>model_versions</c>, <c>model_aliases</c>, and the
/// one-row <c>model_registry_state</c> whose generation every change raises in its own transaction.
/// </summary>
internal sealed partial class SqliteModelRegistryStore : IModelRegistryStore, IDisposable
{
    private const string RaiseGeneration = "UPDATE model_registry_state SET generation = generation + 1 WHERE id = 1";

    private readonly SqliteSession _session;

    // A server polls this to notice changes made by other processes, so it stays prepared.
    private readonly SqliteCommand _generation;

    public SqliteModelRegistryStore(SqliteSession session)
    {
        _session = session;
        _generation = SqliteCommands.Create(session.Connection, "SELECT generation FROM model_registry_state WHERE id = 1");
    }

    public Task<ModelVersion> RegisterVersionAsync(ModelRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(registration.Signature);
        RegistryNames.CheckModel(registration.Model);
        var artifact = ArtifactNames.Normalize(registration.Artifact);
        var signature = ModelSignatureJson.Serialize(registration.Signature);
        var at = SqliteTime.ToTicks(registration.At);
        return _session.InTransactionAsync(
            transaction =>
            {
                var c = transaction.Connection!;
                var experiment = c.ExecuteScalar<string?>(
                    "SELECT experiment_id FROM tracked_runs WHERE id = @run", new { run = registration.Run.Value }, transaction)
                    ?? throw new SluiceException(
                        $"Model '{registration.Model}' cannot be registered from tracked run {registration.Run}: the run does not exist.");
                c.Execute(
                    """
                    INSERT INTO registered_models (name, created_at, updated_at) VALUES (@model, @at, @at)
                    ON CONFLICT (name) DO NOTHING
                    """,
                    new { model = registration.Model, at },
                    transaction);

                // The write lock is held from BEGIN IMMEDIATE, so no other writer can take the same number.
                var version = c.ExecuteScalar<int>(
                    """
                    UPDATE registered_models SET latest_version = latest_version + 1, updated_at = @at
                    WHERE name = @model RETURNING latest_version
                    """,
                    new { model = registration.Model, at },
                    transaction);
                c.Execute(
                    """
                    INSERT INTO model_versions (model, version, run_id, artifact, signature, created_at)
                    VALUES (@model, @version, @run, @artifact, @signature, @at)
                    """,
                    new { model = registration.Model, version, run = registration.Run.Value, artifact, signature, at },
                    transaction);
                c.Execute(RaiseGeneration, transaction: transaction);
                return new ModelVersion(
                    registration.Model,
                    version,
                    new ExperimentId(experiment),
                    registration.Run,
                    artifact,
                    registration.Signature,
                    SqliteTime.FromTicks(at),
                    []);
            },
            cancellationToken);
    }

    public Task SetAliasAsync(
        string model, string alias, int version, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        RegistryNames.CheckModel(model);
        RegistryNames.CheckAlias(alias);
        return _session.InTransactionAsync(
            transaction =>
            {
                var c = transaction.Connection!;
                var latest = LatestVersionOf(c, model, transaction)
                    ?? throw new SluiceException($"Alias '{alias}' cannot be set: there is no registered model '{model}'.");
                if (c.ExecuteScalar<long>(
                        "SELECT COUNT(*) FROM model_versions WHERE model = @model AND version = @version",
                        new { model, version },
                        transaction) == 0)
                {
                    throw new SluiceException(
                        $"Alias '{alias}' cannot point at version {version} of model '{model}': it has no such version "
                        + $"(its versions are numbered 1 to {latest}).");
                }

                // The update happens only when the alias moves, so setting it where it already points changes nothing.
                var changed = c.Execute(
                    """
                    INSERT INTO model_aliases (model, alias, version) VALUES (@model, @alias, @version)
                    ON CONFLICT (model, alias) DO UPDATE SET version = excluded.version WHERE version <> excluded.version
                    """,
                    new { model, alias, version },
                    transaction);
                Changed(c, transaction, model, at, changed);
                return changed;
            },
            cancellationToken);
    }

    public Task<bool> DeleteAliasAsync(string model, string alias, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        RegistryNames.CheckModel(model);
        RegistryNames.CheckAlias(alias);
        return _session.InTransactionAsync(
            transaction =>
            {
                var c = transaction.Connection!;
                var changed = c.Execute(
                    "DELETE FROM model_aliases WHERE model = @model AND alias = @alias", new { model, alias }, transaction);
                Changed(c, transaction, model, at, changed);
                return changed == 1;
            },
            cancellationToken);
    }

    public Task<long> GetGenerationAsync(CancellationToken cancellationToken = default) =>
        _session.RunAsync(_ => (long)_generation.With(null).ExecuteScalar()!, cancellationToken);

    public void Dispose() => _generation.Dispose();

    private static int? LatestVersionOf(SqliteConnection connection, string model, SqliteTransaction? transaction) =>
        connection.ExecuteScalar<int?>(
            "SELECT latest_version FROM registered_models WHERE name = @model", new { model }, transaction);

    private static void Changed(SqliteConnection connection, SqliteTransaction transaction, string model, DateTimeOffset at, int changed)
    {
        if (changed == 0)
        {
            return;
        }

        connection.Execute(
            "UPDATE registered_models SET updated_at = @at WHERE name = @model",
            new { model, at = SqliteTime.ToTicks(at) },
            transaction);
        connection.Execute(RaiseGeneration, transaction: transaction);
    }
}
