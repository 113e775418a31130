using System.Globalization;

namespace Sluice.ML.Serving;

/// <summary>Which version of a registered model a request means: an alias, a version number, or the latest version.</summary>
public sealed record ModelSelector
{
    private ModelSelector(string? alias, int? version)
    {
        Alias = alias;
        Version = version;
    }

    /// <summary>The latest version.</summary>
    public static ModelSelector Latest { get; } = new(null, null);

    /// <summary>The alias (e.g. <c>champion</c>), or null.</summary>
    public string? Alias { get; }

    /// <summary>The version number, or null.</summary>
    public int? Version { get; }

    /// <summary>The version <paramref name="alias"/> points to.</summary>
    public static ModelSelector ForAlias(string alias)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        return new(alias, null);
    }

    /// <summary>Version <paramref name="version"/>.</summary>
    public static ModelSelector ForVersion(int version)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        return new(null, version);
    }

    /// <summary>"alias 'champion'", "version 3" or "the latest version", for messages.</summary>
    public override string ToString() =>
        Alias is not null ? $"alias '{Alias}'"
        : Version is { } version ? string.Create(CultureInfo.InvariantCulture, $"version {version}")
        : "the latest version";
}
