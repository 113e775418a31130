using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Tracking;

/// <summary>
/// The model registry of a project: <see cref="IModelRegistry"/> over its store and artifact folder. Versions come
/// back with the absolute path of their model file, ready to load or serve. A server keeps one and polls
/// <see cref="GetGenerationAsync"/> to notice changes made by other processes.
/// </summary>
public sealed partial class ModelRegistry : IModelRegistry
{
    private readonly IMetadataStore _store;
    private readonly TimeProvider _clock;

    /// <summary>A registry over <paramref name="store"/> whose model files are in <paramref name="artifacts"/>.</summary>
    public ModelRegistry(IMetadataStore store, ArtifactStore artifacts, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(artifacts);
        _store = store;
        Artifacts = artifacts;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Where the model files are.</summary>
    public ArtifactStore Artifacts { get; }

    /// <inheritdoc />
    public Task SetAliasAsync(string model, string alias, int version, CancellationToken cancellationToken = default) =>
        _store.Models.SetAliasAsync(model, alias, version, _clock.GetUtcNow(), cancellationToken);

    /// <inheritdoc />
    public Task<bool> DeleteAliasAsync(string model, string alias, CancellationToken cancellationToken = default) =>
        _store.Models.DeleteAliasAsync(model, alias, _clock.GetUtcNow(), cancellationToken);

    /// <inheritdoc />
    /// <exception cref="SluiceException">The model name is not valid, or <paramref name="version"/> is neither a number, an alias nor <c>latest</c>.</exception>
    public Task<RegisteredModelVersion?> FindAsync(string model, string version, CancellationToken cancellationToken = default) =>
        FindAsync(model, ModelVersionSelector.Parse(version), cancellationToken);

    /// <summary>The version of <paramref name="model"/> that <paramref name="selector"/> names, or null.</summary>
    /// <exception cref="SluiceException">The model name is not valid.</exception>
    public async Task<RegisteredModelVersion?> FindAsync(
        string model, ModelVersionSelector selector, CancellationToken cancellationToken = default)
    {
        var found = await _store.Models.FindVersionAsync(model, selector, cancellationToken).ConfigureAwait(false);
        return found is null ? null : ToRecord(found);
    }

    /// <summary>
    /// A number that changes whenever any version or alias changes, in any process using the same store: one cheap
    /// read. Compare it with the last one seen before resolving an alias again.
    /// </summary>
    public Task<long> GetGenerationAsync(CancellationToken cancellationToken = default) =>
        _store.Models.GetGenerationAsync(cancellationToken);

    /// <summary>The absolute path of <paramref name="version"/>'s model file.</summary>
    public string ModelPathOf(ModelVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return Artifacts.PathOf(version.Experiment, version.Run, ModelArtifact.ModelFileOf(version.Artifact));
    }

    /// <summary><paramref name="version"/> as block code and servers see it, with its model file's absolute path.</summary>
    public RegisteredModelVersion ToRecord(ModelVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new RegisteredModelVersion(
            version.Model,
            version.Version,
            version.Run.Value,
            ModelPathOf(version),
            version.Signature,
            version.CreatedAt,
            version.Aliases);
    }
}
