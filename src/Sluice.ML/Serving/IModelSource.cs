namespace Sluice.ML.Serving;

/// <summary>
/// Where served models come from: a project's model registry. Serving asks it which version a name and a selector
/// stand for, and reads its generation to know cheaply whether any answer may have changed.
/// </summary>
public interface IModelSource
{
    /// <summary>
    /// A number that changes whenever any model, version or alias changes (the registry bumps it in the same
    /// transaction). Serving reads it at most every <see cref="ServingOptions.RevalidateAfter"/> and re-resolves
    /// names only when it changed, so it must be cheap.
    /// </summary>
    ValueTask<long> ReadGenerationAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The version of <paramref name="model"/> that <paramref name="selector"/> picks, or null when there is no such
    /// model, alias or version.
    /// </summary>
    ValueTask<ModelLocation?> ResolveAsync(string model, ModelSelector selector, CancellationToken cancellationToken = default);
}
