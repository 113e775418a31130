using System.Globalization;
using System.Text.Json;

namespace Sluice.ML.Serving.Records;

/// <summary>How messages show a JSON value a request gave.</summary>
internal static class JsonValues
{
    private const int Shown = 40;

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"an array of {value.GetArrayLength()} values"),
        JsonValueKind.Null => "null",
        JsonValueKind.String => Short(value.GetRawText()),
        _ => Short(value.GetRawText()),
    };

    private static string Short(string text) => text.Length <= Shown ? text : text[..Shown] + "...";
}
