using System.Globalization;

using Sluice.Core;

namespace Sluice.Engine.Tracking;

/// <summary>Params as the text they are kept as: invariant culture, so a run logged anywhere reads the same.</summary>
internal static class ParamText
{
    public static string Of(string key, object? value) => value switch
    {
        null => throw new SluiceException($"Param '{key}' has no value; log a value or leave the param out."),
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        Enum named => named.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
