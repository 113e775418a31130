using System.Diagnostics.CodeAnalysis;

namespace Sluice.Core;

/// <summary>
/// Where the model registry is kept (MLflow's): registered models, their numbered versions and their aliases, and a
/// generation number that tells readers cheaply whether anything changed.
/// </summary>
/// <remarks>
/// Every write is one transaction and checks its input first: a bad name (see <see cref="RegistryNames"/>), an
/// unknown model, version or tracked run throws <see cref="SluiceException"/> naming it and changes nothing. Every
/// write that changes a version or an alias also raises <see cref="GetGenerationAsync"/> in the same transaction.
/// </remarks>
[SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Justification = "'alias' is MLflow's name for it, and the Sdk's IModelRegistry uses the same parameter name.")]
public interface IModelRegistryStore
{
    /// <summary>
    /// Registers the next version of <see cref="ModelRegistration.Model"/>, creating the model when it is new. The
    /// number is allocated inside the write transaction: two registrations at once, from any processes, never share
    /// a number, and numbers are never reused.
    /// </summary>
    Task<ModelVersion> RegisterVersionAsync(ModelRegistration registration, CancellationToken cancellationToken = default);

    /// <summary>The model called <paramref name="name"/>, or null.</summary>
    Task<RegisteredModel?> FindModelAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Models matching <paramref name="filter"/>, by name in ordinal order.</summary>
    Task<Page<RegisteredModel>> ListModelsAsync(
        RegisteredModelFilter filter, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The versions of <paramref name="model"/>, highest first; an empty page for an unknown model.</summary>
    Task<Page<ModelVersion>> ListVersionsAsync(
        string model, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>The version of <paramref name="model"/> that <paramref name="selector"/> names, or null.</summary>
    Task<ModelVersion?> FindVersionAsync(
        string model, ModelVersionSelector selector, CancellationToken cancellationToken = default);

    /// <summary>
    /// Points <paramref name="alias"/> of <paramref name="model"/> at <paramref name="version"/>, moving it when it
    /// pointed elsewhere. Fails, naming them, when the model or the version does not exist.
    /// </summary>
    Task SetAliasAsync(
        string model, string alias, int version, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Removes <paramref name="alias"/> of <paramref name="model"/>; false when there was none.</summary>
    Task<bool> DeleteAliasAsync(string model, string alias, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// A number that changes, in the same transaction, whenever any version or alias of any model changes; one
    /// cheap read, so a server can poll it to notice an alias moved by another process. It only grows.
    /// </summary>
    Task<long> GetGenerationAsync(CancellationToken cancellationToken = default);
}
