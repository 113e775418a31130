using Sluice.Core;

namespace Sluice.Server.Registry;

/// <summary>
/// A version of a registered model as the API and the pages show it: the tracked run it came from (and that run's
/// name and experiment, for links), its artifact folder, its signature and its aliases.
/// </summary>
public sealed record ModelVersionView(
    string Model,
    int Version,
    string ExperimentId,
    string TrackedRunId,
    string? TrackedRunName,
    string Artifact,
    IReadOnlyList<ModelColumnView> Inputs,
    IReadOnlyList<ModelColumnView> Outputs,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Aliases)
{
    /// <summary>The view of <paramref name="version"/>, whose tracked run is called <paramref name="runName"/>.</summary>
    public static ModelVersionView Of(ModelVersion version, string? runName)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(
            version.Model,
            version.Version,
            version.Experiment.Value,
            version.Run.Value,
            runName,
            version.Artifact,
            [.. version.Signature.Inputs.Select(ModelColumnView.Of)],
            [.. version.Signature.Outputs.Select(ModelColumnView.Of)],
            version.CreatedAt,
            version.Aliases);
    }
}
