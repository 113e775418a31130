namespace Sluice.Core;

/// <summary>
/// Artifact names: paths relative to a tracked run's artifact folder, with '/' separators, that can never leave it.
/// </summary>
public static class ArtifactNames
{
    /// <summary>
    /// <paramref name="name"/> in its stored form ('\' read as '/'), or a <see cref="SluiceException"/> naming the
    /// name and the rule it breaks: empty, rooted, holding a '..', '.' or empty segment, a ':' or a control character.
    /// </summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw Bad(name ?? string.Empty, "is empty; name the file, for example 'model/model.zip'");
        }

        var normalized = name.Replace('\\', '/');
        if (normalized.Length > TrackingNames.MaxArtifactNameLength)
        {
            throw Bad(normalized[..40] + "...", $"is {normalized.Length} characters long; the limit is {TrackingNames.MaxArtifactNameLength}");
        }

        if (normalized.StartsWith('/') || Path.IsPathRooted(name) || normalized.Contains(':', StringComparison.Ordinal))
        {
            throw Bad(name, "is a rooted path; write it relative to the run's artifacts, for example 'model/model.zip'");
        }

        if (normalized.Any(char.IsControl))
        {
            throw Bad(TrackingNames.Printable(name), "holds a control character");
        }

        var segments = normalized.Split('/');
        if (segments.Contains(".."))
        {
            throw Bad(name, "holds '..'; an artifact cannot leave its run's folder");
        }

        if (segments.Any(s => s.Length == 0 || s == "." || s.Trim().Length == 0))
        {
            throw Bad(name, "holds an empty or '.' segment (a doubled, leading or trailing '/'); write it as 'folder/file'");
        }

        return normalized;
    }

    private static SluiceException Bad(string name, string problem) => new($"Artifact name '{name}' {problem}.");
}
