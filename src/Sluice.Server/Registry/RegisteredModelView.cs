using Sluice.Core;

namespace Sluice.Server.Registry;

/// <summary>A registered model as the API and the pages show it, its aliases in ordinal order.</summary>
public sealed record RegisteredModelView(
    string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int LatestVersion, IReadOnlyDictionary<string, int> Aliases)
{
    /// <summary>The view of <paramref name="model"/>.</summary>
    public static RegisteredModelView Of(RegisteredModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return new(
            model.Name,
            model.CreatedAt,
            model.UpdatedAt,
            model.LatestVersion,
            new SortedDictionary<string, int>(model.Aliases.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal), StringComparer.Ordinal));
    }
}
