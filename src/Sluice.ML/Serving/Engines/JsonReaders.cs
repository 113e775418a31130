using System.Text.Json;

using Sluice.Sdk;

namespace Sluice.ML.Serving.Engines;

/// <summary>Reads one JSON value as a column's value; false when the value does not fit the type.</summary>
internal delegate bool JsonReader<T>(JsonElement value, out T result);

/// <summary>
/// The readers of each column type. Null is a missing value where ML.NET has one (NaN for floating-point numbers,
/// empty text) and refused elsewhere. Whole numbers may be written 3 or 3.0; numbers are never read from strings.
/// </summary>
internal static class JsonReaders
{
    public static bool Single(JsonElement value, out float result)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            result = float.NaN;
            return true;
        }

        result = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetSingle(out result);
    }

    public static bool Double(JsonElement value, out double result)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            result = double.NaN;
            return true;
        }

        result = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out result);
    }

    public static bool Int32(JsonElement value, out int result)
    {
        result = 0;
        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (value.TryGetInt32(out result))
        {
            return true;
        }

        if (value.TryGetDouble(out var number) && number == Math.Floor(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            result = (int)number;
            return true;
        }

        return false;
    }

    public static bool Int64(JsonElement value, out long result)
    {
        result = 0;
        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (value.TryGetInt64(out result))
        {
            return true;
        }

        // 2^63 is exactly representable as a double, so the upper bound is exclusive.
        if (value.TryGetDouble(out var number) && number == Math.Floor(number) && number >= long.MinValue && number < 9.2233720368547758E18)
        {
            result = (long)number;
            return true;
        }

        return false;
    }

    public static bool Boolean(JsonElement value, out bool result)
    {
        result = value.ValueKind == JsonValueKind.True;
        return value.ValueKind is JsonValueKind.True or JsonValueKind.False;
    }

    public static bool Text(JsonElement value, out ReadOnlyMemory<char> result)
    {
        result = value.ValueKind == JsonValueKind.String ? value.GetString().AsMemory() : default;
        return value.ValueKind is JsonValueKind.String or JsonValueKind.Null;
    }

    public static bool DateTime(JsonElement value, out DateTime result)
    {
        result = default;
        return value.ValueKind == JsonValueKind.String && value.TryGetDateTime(out result);
    }

    /// <summary>What a value of <paramref name="type"/> looks like in JSON, for messages.</summary>
    public static string Expected(ModelColumnType type) => type switch
    {
        ModelColumnType.String => "a string",
        ModelColumnType.Boolean => "true or false",
        ModelColumnType.Int32 or ModelColumnType.Int64 => "a whole number",
        ModelColumnType.Float32 or ModelColumnType.Float64 => "a number",
        ModelColumnType.DateTime => "an ISO 8601 date and time string",
        _ => type.ToString(),
    };

    /// <summary>The same, plural, for vector elements.</summary>
    public static string ExpectedMany(ModelColumnType type) => type switch
    {
        ModelColumnType.String => "strings",
        ModelColumnType.Boolean => "true or false values",
        ModelColumnType.Int32 or ModelColumnType.Int64 => "whole numbers",
        ModelColumnType.Float32 or ModelColumnType.Float64 => "numbers",
        ModelColumnType.DateTime => "ISO 8601 date and time strings",
        _ => type.ToString(),
    };
}
