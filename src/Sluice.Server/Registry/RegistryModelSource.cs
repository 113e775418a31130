using Sluice.Core;
using Sluice.Engine.Tracking;
using Sluice.ML.Serving;

namespace Sluice.Server.Registry;

/// <summary>
/// Serving's view of a project's model registry: names resolve to registered versions, and the registry's
/// generation (raised in the same transaction as every version or alias change, by any process) tells serving when
/// to resolve again.
/// </summary>
internal sealed class RegistryModelSource(ModelRegistry registry) : IModelSource
{
    public async ValueTask<long> ReadGenerationAsync(CancellationToken cancellationToken = default) =>
        await registry.GetGenerationAsync(cancellationToken);

    public async ValueTask<ModelLocation?> ResolveAsync(
        string model, ModelSelector selector, CancellationToken cancellationToken = default)
    {
        ModelVersionSelector wanted;
        try
        {
            wanted = selector.Alias is { } alias ? ModelVersionSelector.ForAlias(alias)
                : selector.Version is { } version ? ModelVersionSelector.ForVersion(version)
                : ModelVersionSelector.Latest;
            RegistryNames.CheckModel(model);
        }
        catch (SluiceException)
        {
            // A name or alias the registry could never hold names no model: the caller answers "not found".
            return null;
        }

        var found = await registry.FindAsync(model, wanted, cancellationToken);
        return found is null ? null : new ModelLocation(found.Model, found.Version, found.ModelPath, found.Signature);
    }
}
