namespace Sluice.Core;

/// <summary>
/// The rules for names in experiment tracking (MLflow's, where it has them), in one place for every store and
/// caller. Each check throws <see cref="SluiceException"/> with one message naming the value and the rule.
/// </summary>
public static class TrackingNames
{
    /// <summary>The longest experiment name, run name or key.</summary>
    public const int MaxNameLength = 250;

    /// <summary>The longest param value (MLflow's limit).</summary>
    public const int MaxParamValueLength = 6000;

    /// <summary>The longest tag value (MLflow's limit).</summary>
    public const int MaxTagValueLength = 8000;

    /// <summary>The longest artifact name.</summary>
    public const int MaxArtifactNameLength = 1000;

    /// <summary>The tag key prefix Sluice keeps for itself (the pipeline run, pipeline, block and attempt).</summary>
    public const string SystemTagPrefix = "sluice.";

    /// <summary>Checks an experiment's or a run's name: not blank, at most 250 characters, no control characters.</summary>
    /// <param name="name">The name.</param>
    /// <param name="what">What it names, for the message: "Experiment name", "Run name".</param>
    public static void CheckName(string? name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new SluiceException($"{what} is empty; give it a name.");
        }

        if (name.Length > MaxNameLength)
        {
            throw new SluiceException($"{what} '{name[..40]}...' is {name.Length} characters long; the limit is {MaxNameLength}.");
        }

        if (name.Any(char.IsControl))
        {
            throw new SluiceException($"{what} '{Printable(name)}' holds a control character (a line break or tab); use plain text.");
        }
    }

    /// <summary>
    /// Checks a param, metric or tag key: 1 to 250 of letters, digits and <c>_ - . / space</c> (MLflow's rule).
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="what">What it keys, for the message: "Param", "Metric", "Tag".</param>
    public static void CheckKey(string? key, string what)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new SluiceException($"{what} key is empty; give it a name such as 'learning_rate'.");
        }

        if (key.Length > MaxNameLength)
        {
            throw new SluiceException($"{what} key '{key[..40]}...' is {key.Length} characters long; the limit is {MaxNameLength}.");
        }

        if (key.FirstOrDefault(c => !IsKeyCharacter(c)) is var bad and not '\0')
        {
            throw new SluiceException(
                $"{what} key '{Printable(key)}' holds '{Printable(bad.ToString())}'; keys hold letters, digits and _ - . / and spaces.");
        }
    }

    /// <summary>Checks the value of param <paramref name="key"/>: at most 6000 characters.</summary>
    public static void CheckParamValue(string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(value, $"param '{key}'");
        if (value.Length > MaxParamValueLength)
        {
            throw new SluiceException($"Param '{key}' is {value.Length} characters long; the limit is {MaxParamValueLength}.");
        }
    }

    /// <summary>Checks the value of tag <paramref name="key"/>: at most 8000 characters.</summary>
    public static void CheckTagValue(string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(value, $"tag '{key}'");
        if (value.Length > MaxTagValueLength)
        {
            throw new SluiceException($"Tag '{key}' is {value.Length} characters long; the limit is {MaxTagValueLength}.");
        }
    }

    internal static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    private static bool IsKeyCharacter(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '/' or ' ';
}
