using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sluice.Engine.Projects;

/// <summary>
/// Writes values as YAML scalars that <see cref="YamlScalars"/> reads back as the same value: text is left plain
/// when that is unambiguous (also for YAML 1.1 readers) and double-quoted otherwise.
/// </summary>
internal static partial class YamlScalarWriter
{
    public static string Format(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => FormatString(s),
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        decimal m => FormatDouble((double)m),
        sbyte or byte or short or ushort or int or uint or long or ulong =>
            Convert.ToString(value, CultureInfo.InvariantCulture)!,
        IEnumerable<object?> list => $"[{string.Join(", ", list.Select(Format))}]",
        IFormattable formattable => FormatString(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => FormatString(value.ToString() ?? string.Empty),
    };

    public static string FormatString(string text)
    {
        var plain = SafePlain().IsMatch(text)
            && !text.EndsWith(' ')
            && YamlScalars.ResolvePlain(text) is string
            && !IsYaml11Boolean(text);
        return plain ? text : Quote(text);
    }

    private static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return ".nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? ".inf" : "-.inf";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return YamlScalars.ResolvePlain(text) is long ? text + ".0" : text;
    }

    private static bool IsYaml11Boolean(string text) =>
        text.ToUpperInvariant() is "Y" or "N" or "YES" or "NO" or "ON" or "OFF";

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    // Starts with a letter, '_', '.' or '/'; no character YAML gives a meaning to (':', '#', ',', brackets, quotes).
    [GeneratedRegex("^[A-Za-z_./][A-Za-z0-9_./ -]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePlain();
}
