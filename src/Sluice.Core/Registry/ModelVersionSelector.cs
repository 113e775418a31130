using System.Globalization;

namespace Sluice.Core;

/// <summary>
/// Names one version of a registered model: by number (<c>3</c>), by alias (<c>champion</c>), or the latest (the
/// highest number), as MLflow's <c>models:/name/3</c>, <c>models:/name@champion</c> and <c>models:/name/latest</c> do.
/// </summary>
public sealed record ModelVersionSelector
{
    /// <summary>The word that selects the highest version.</summary>
    public const string LatestWord = "latest";

    private ModelVersionSelector(int? version, string? alias)
    {
        Version = version;
        Alias = alias;
    }

    /// <summary>The highest version.</summary>
    public static ModelVersionSelector Latest { get; } = new(null, null);

    /// <summary>The version number, when selected by number.</summary>
    public int? Version { get; }

    /// <summary>The alias, when selected by alias.</summary>
    public string? Alias { get; }

    /// <summary>True when this selects the highest version.</summary>
    public bool IsLatest => Version is null && Alias is null;

    /// <summary>Version <paramref name="version"/>, which counts from 1.</summary>
    public static ModelVersionSelector ForVersion(int version)
    {
        if (version < 1)
        {
            throw new SluiceException($"Model version {version} does not exist; versions count from 1.");
        }

        return new ModelVersionSelector(version, null);
    }

    /// <summary>The version <paramref name="alias"/> points at.</summary>
    public static ModelVersionSelector ForAlias(string alias)
    {
        RegistryNames.CheckAlias(alias);
        return new ModelVersionSelector(null, alias);
    }

    /// <summary>
    /// Reads <c>"latest"</c> (any case), a version number such as <c>"3"</c>, or an alias such as <c>"champion"</c>;
    /// anything else throws <see cref="SluiceException"/> saying what is accepted.
    /// </summary>
    public static ModelVersionSelector Parse(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new SluiceException("No model version given; use a number such as 3, an alias such as champion, or latest.");
        }

        if (string.Equals(trimmed, LatestWord, StringComparison.OrdinalIgnoreCase))
        {
            return Latest;
        }

        if (trimmed.All(char.IsAsciiDigit))
        {
            return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? ForVersion(number)
                : throw new SluiceException($"Model version {trimmed} is too large to be a version number.");
        }

        return ForAlias(trimmed);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Version is { } v ? v.ToString(CultureInfo.InvariantCulture) : Alias ?? LatestWord;
}
