using System.Globalization;
using System.Text.RegularExpressions;

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>
/// Resolves scalars the way YAML 1.2's core schema does: plain scalars that look like booleans, integers, floats or
/// null become those; quoted scalars (and anything tagged <c>!!str</c>) stay text. Dates stay text on purpose.
/// </summary>
internal static partial class YamlScalars
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar && IsPlain(scalar) && IsNullText(scalar.Value);

    /// <summary>The value of a scalar node: string, long, double, bool or null.</summary>
    public static object? Resolve(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        return IsPlain(scalar) ? ResolvePlain(text) : text;
    }

    /// <summary>What a plain (unquoted) scalar with this text means.</summary>
    public static object? ResolvePlain(string text)
    {
        if (IsNullText(text))
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return true;
        }

        if (text is "false" or "False" or "FALSE")
        {
            return false;
        }

        if (IntegerPattern().IsMatch(text)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (FloatPattern().IsMatch(text))
        {
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return text switch
        {
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => double.PositiveInfinity,
            "-.inf" or "-.Inf" or "-.INF" => double.NegativeInfinity,
            ".nan" or ".NaN" or ".NAN" => double.NaN,
            _ => text,
        };
    }

    /// <summary>"a list" or "a mapping", for messages about a node of the wrong shape.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        _ => "an alias",
    };

    private static bool IsPlain(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any
        && (scalar.Tag.IsEmpty || scalar.Tag.Value != StringTag);

    private static bool IsNullText(string? text) => text is null or "" or "~" or "null" or "Null" or "NULL";

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();
}
