using Sluice.Sdk;

namespace Sluice.Core;

/// <summary>One version of a registered model as stored.</summary>
/// <param name="Model">The registered model's name.</param>
/// <param name="Version">Its number: 1 for the first, then 2, 3...; never reused.</param>
/// <param name="Experiment">The experiment of the run it came from (its artifacts live under it).</param>
/// <param name="Run">The tracked run whose artifact it was registered from.</param>
/// <param name="Artifact">
/// The run's model artifact: a folder holding <see cref="ModelArtifact.ModelFileName"/> and
/// <see cref="ModelArtifact.SignatureFileName"/>.
/// </param>
/// <param name="Signature">The columns the model takes and gives, read from the artifact when it was registered.</param>
/// <param name="CreatedAt">When it was registered.</param>
/// <param name="Aliases">The aliases pointing at it, in ordinal order.</param>
public sealed record ModelVersion(
    string Model,
    int Version,
    ExperimentId Experiment,
    TrackedRunId Run,
    string Artifact,
    ModelSignature Signature,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Aliases);
