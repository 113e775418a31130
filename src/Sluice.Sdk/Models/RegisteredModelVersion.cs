namespace Sluice.Sdk;

/// <summary>One version of a registered model, ready to load.</summary>
/// <param name="Model">The registered model's name.</param>
/// <param name="Version">The version number: 1 for the first registered, then 2, 3...</param>
/// <param name="TrackedRunId">The tracked run whose artifact the version was registered from.</param>
/// <param name="ModelPath">The absolute path of the model file (an ML.NET model zip).</param>
/// <param name="Signature">The columns the model takes and gives.</param>
/// <param name="CreatedAt">When the version was registered.</param>
/// <param name="Aliases">The aliases pointing at this version, in ordinal order.</param>
public sealed record RegisteredModelVersion(
    string Model,
    int Version,
    string TrackedRunId,
    string ModelPath,
    ModelSignature Signature,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Aliases);
