using System.Globalization;

namespace Sluice.Server.Editor;

/// <summary>
/// Reads a variable typed into the editor as YAML would: whole numbers, decimals and true/false become values of
/// those types, anything else stays text, so pipeline.yaml reads the same as if written by hand.
/// </summary>
public static class VariableValues
{
    /// <summary>The value <paramref name="text"/> stands for.</summary>
    public static object? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && trimmed.Contains('.', StringComparison.Ordinal))
        {
            return number;
        }

        return trimmed switch
        {
            "true" => true,
            "false" => false,
            _ => text,
        };
    }
}
