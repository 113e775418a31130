namespace Sluice.Core;

/// <summary>A registered model (MLflow's): a name whose versions 1, 2, 3... are models from tracked runs.</summary>
/// <param name="Name">Its unique, case-sensitive name.</param>
/// <param name="CreatedAt">When its first version was registered.</param>
/// <param name="UpdatedAt">When a version or alias of it last changed.</param>
/// <param name="LatestVersion">Its highest version number.</param>
/// <param name="Aliases">Its aliases and the version each points at.</param>
public sealed record RegisteredModel(
    string Name,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int LatestVersion,
    IReadOnlyDictionary<string, int> Aliases);
