using System.Diagnostics.CodeAnalysis;

namespace Sluice.Sdk;

/// <summary>
/// The model registry (MLflow's): named models whose versions 1, 2, 3... each come from a tracked run's model
/// artifact, and aliases such as <c>champion</c> that point at one version and can be moved. Serving and predict
/// blocks find a model by alias, so moving an alias changes which version they use without touching them.
/// </summary>
/// <remarks>
/// Model names hold letters, digits and <c>_ - .</c> and start with a letter or digit; aliases hold letters, digits,
/// <c>_</c> and <c>-</c>, start with a letter or <c>_</c> (so they never read as a version), and may not be
/// <c>latest</c>. A bad name, an unknown model, run or version fails with one message naming it and changes nothing.
/// </remarks>
[SuppressMessage(
    "Naming",
    "CA1716:Identifiers should not match keywords",
    Justification = "'alias' is MLflow's name for it, and C# callers name it in arguments; Visual Basic is not a block language.")]
public interface IModelRegistry
{
    /// <summary>
    /// Registers the model artifact <paramref name="artifact"/> of tracked run <paramref name="trackedRunId"/> as the
    /// next version of <paramref name="model"/>, creating the model when it is new. The artifact is a folder holding
    /// <see cref="ModelArtifact.ModelFileName"/> and <see cref="ModelArtifact.SignatureFileName"/> (what Sluice.ML's
    /// <c>LogModelAsync</c> writes); the version keeps that signature. Two registrations at once, from any processes,
    /// never get the same number.
    /// </summary>
    /// <returns>The new version, with no aliases yet.</returns>
    Task<RegisteredModelVersion> RegisterAsync(
        string model, string trackedRunId, string artifact = ModelArtifact.DefaultName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Points <paramref name="alias"/> of <paramref name="model"/> at <paramref name="version"/>, moving it from the
    /// version it pointed at before, if any.
    /// </summary>
    Task SetAliasAsync(string model, string alias, int version, CancellationToken cancellationToken = default);

    /// <summary>Removes <paramref name="alias"/> of <paramref name="model"/>; false when there was no such alias.</summary>
    Task<bool> DeleteAliasAsync(string model, string alias, CancellationToken cancellationToken = default);

    /// <summary>
    /// The version of <paramref name="model"/> that <paramref name="version"/> names: a version number (<c>"3"</c>),
    /// <c>"latest"</c> (the highest number), or an alias (<c>"champion"</c>). Null when the model, version or alias
    /// does not exist.
    /// </summary>
    Task<RegisteredModelVersion?> FindAsync(string model, string version, CancellationToken cancellationToken = default);
}
