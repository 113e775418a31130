namespace Sluice.Core;

/// <summary>
/// The rules for model names and aliases. Each check throws <see cref="SluiceException"/> with one message naming
/// the value and the rule.
/// </summary>
public static class RegistryNames
{
    /// <summary>The longest model name or alias.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// Checks a model name: 1 to 200 of letters, digits and <c>_ - .</c>, starting with a letter or digit, so it fits
    /// in a URL path as it is.
    /// </summary>
    public static void CheckModel(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new SluiceException("Model name is empty; give the model a name such as 'nyc-taxi-duration'.");
        }

        if (name.Length > MaxLength || !char.IsAsciiLetterOrDigit(name[0])
            || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
        {
            throw new SluiceException(
                $"Model name '{TrackingNames.Printable(name)}' is not valid: use up to {MaxLength} letters, digits, '_', '-' "
                + "and '.', starting with a letter or digit.");
        }
    }

    /// <summary>
    /// Checks an alias: 1 to 200 of letters, digits, <c>_</c> and <c>-</c>, starting with a letter or <c>_</c> (so it
    /// never reads as a version number), and not <c>latest</c>, which always means the highest version.
    /// </summary>
    public static void CheckAlias(string? alias)
    {
        if (string.IsNullOrEmpty(alias))
        {
            throw new SluiceException("Alias is empty; use a name such as 'champion'.");
        }

        if (string.Equals(alias, ModelVersionSelector.LatestWord, StringComparison.OrdinalIgnoreCase))
        {
            throw new SluiceException("Alias 'latest' is reserved: it always means the highest version.");
        }

        if (alias.Length > MaxLength || !(char.IsAsciiLetter(alias[0]) || alias[0] == '_')
            || !alias.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new SluiceException(
                $"Alias '{TrackingNames.Printable(alias)}' is not valid: use up to {MaxLength} letters, digits, '_' and '-', "
                + "starting with a letter or '_'.");
        }
    }
}
