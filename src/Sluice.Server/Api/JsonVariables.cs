using System.Text.Json;

namespace Sluice.Server.Api;

/// <summary>Turns JSON values of a request into the plain values run variables hold.</summary>
internal static class JsonVariables
{
    public static IReadOnlyDictionary<string, object?> ToValues(IReadOnlyDictionary<string, JsonElement>? variables) =>
        variables is null
            ? new Dictionary<string, object?>()
            : variables.ToDictionary(v => v.Key, v => ToValue(v.Value), StringComparer.Ordinal);

    public static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        // A list of plain values reads like the CLI's --var months=1,2; lists of objects stay JSON for the block to parse.
        JsonValueKind.Array when value.EnumerateArray().All(IsPlain) =>
            string.Join(',', value.EnumerateArray().Select(e => Convert.ToString(ToValue(e), System.Globalization.CultureInfo.InvariantCulture))),
        _ => value.GetRawText(),
    };

    private static bool IsPlain(JsonElement value) => value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);
}
