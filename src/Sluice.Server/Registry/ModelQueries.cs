using Sluice.Core;
using Sluice.Engine;
using Sluice.Sdk;

namespace Sluice.Server.Registry;

/// <summary>
/// Reads and changes a project's model registry for the API, the pages and the CLI. Every list is paged; a bad
/// model name or alias, or a version that does not exist, throws <see cref="SluiceException"/> naming it.
/// </summary>
public static class ModelQueries
{
    /// <summary>Registered models by name, only those whose name holds <paramref name="search"/> (ignoring case) when given.</summary>
    public static async Task<Page<RegisteredModelView>> ListAsync(
        SluiceProject project, string? search, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var filter = new RegisteredModelFilter(string.IsNullOrWhiteSpace(search) ? null : search.Trim());
        var models = await project.Store.Models.ListModelsAsync(filter, page, cancellationToken);
        return new Page<RegisteredModelView>([.. models.Items.Select(RegisteredModelView.Of)], models.Number, models.Size, models.Total);
    }

    /// <summary>Model <paramref name="model"/>, or null when it is not registered.</summary>
    public static async Task<RegisteredModelView?> FindAsync(SluiceProject project, string model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var found = await project.Store.Models.FindModelAsync(model, cancellationToken);
        return found is null ? null : RegisteredModelView.Of(found);
    }

    /// <summary>The versions of <paramref name="model"/>, highest first.</summary>
    public static async Task<Page<ModelVersionView>> VersionsAsync(
        SluiceProject project, string model, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var versions = await project.Store.Models.ListVersionsAsync(model, page, cancellationToken);
        var views = new List<ModelVersionView>(versions.Items.Count);
        foreach (var version in versions.Items)
        {
            views.Add(await ViewAsync(project, version, cancellationToken));
        }

        return new Page<ModelVersionView>(views, versions.Number, versions.Size, versions.Total);
    }

    /// <summary>The version of <paramref name="model"/> that <paramref name="selector"/> names, or null.</summary>
    public static async Task<ModelVersionView?> FindVersionAsync(
        SluiceProject project, string model, ModelVersionSelector selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var found = await project.Store.Models.FindVersionAsync(model, selector, cancellationToken);
        return found is null ? null : await ViewAsync(project, found, cancellationToken);
    }

    /// <summary>
    /// Registers the model folder <paramref name="artifact"/> (<c>model</c> when null) of tracked run
    /// <paramref name="trackedRunId"/> as the next version of <paramref name="model"/>, with the signature the folder holds.
    /// </summary>
    public static async Task<ModelVersionView> RegisterAsync(
        SluiceProject project, string model, string trackedRunId, string? artifact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var registered = await project.Models.RegisterAsync(
            model, trackedRunId, string.IsNullOrWhiteSpace(artifact) ? ModelArtifact.DefaultName : artifact, cancellationToken);
        return await FindVersionAsync(project, model, ModelVersionSelector.ForVersion(registered.Version), cancellationToken)
            ?? throw new InvalidOperationException($"Version {registered.Version} of model '{model}' was registered but cannot be read back.");
    }

    /// <summary>Points <paramref name="alias"/> of <paramref name="model"/> at <paramref name="version"/>; the model as it is now.</summary>
    public static async Task<RegisteredModelView> SetAliasAsync(
        SluiceProject project, string model, string alias, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await project.Models.SetAliasAsync(model, alias, version, cancellationToken);
        return await FindAsync(project, model, cancellationToken)
            ?? throw new InvalidOperationException($"Model '{model}' had an alias set but cannot be read back.");
    }

    /// <summary>Removes <paramref name="alias"/> of <paramref name="model"/>; false when there was none.</summary>
    public static Task<bool> DeleteAliasAsync(
        SluiceProject project, string model, string alias, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Models.DeleteAliasAsync(model, alias, cancellationToken);
    }

    private static async Task<ModelVersionView> ViewAsync(SluiceProject project, ModelVersion version, CancellationToken cancellationToken)
    {
        var run = await project.Store.Tracking.FindRunAsync(version.Run, cancellationToken);
        return ModelVersionView.Of(version, run?.Name);
    }
}
