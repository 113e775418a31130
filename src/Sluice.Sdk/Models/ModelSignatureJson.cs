using System.Text;
using System.Text.Json;

namespace Sluice.Sdk;

/// <summary>
/// The JSON form of a <see cref="ModelSignature"/>, as a model artifact's <c>signature.json</c> holds it:
/// <c>{"inputs": [{"name": "trip_distance", "type": "float32"}], "outputs": [{"name": "Score", "type": "float32"}]}</c>,
/// with <c>"size": n</c> on vector columns. Type names are the <see cref="ModelColumnType"/> names in lower case.
/// </summary>
public static class ModelSignatureJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>The JSON text of <paramref name="signature"/>.</summary>
    public static string Serialize(ModelSignature signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            writer.WriteStartObject();
            WriteColumns(writer, "inputs", signature.Inputs);
            WriteColumns(writer, "outputs", signature.Outputs);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a signature from <paramref name="json"/>.</summary>
    /// <exception cref="FormatException">
    /// The text is not JSON or not a signature: the message names the place (<c>inputs[2].type</c>) and what is wrong.
    /// </exception>
    public static ModelSignature Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("a signature is a JSON object with \"inputs\" and \"outputs\"");
            }

            return new ModelSignature(ReadColumns(root, "inputs"), ReadColumns(root, "outputs"));
        }
    }

    /// <summary>The JSON name of <paramref name="type"/>: <c>float32</c>, <c>string</c>...</summary>
    public static string TypeName(ModelColumnType type) => type.ToString().ToLowerInvariant();

    private static void WriteColumns(Utf8JsonWriter writer, string property, IReadOnlyList<ModelColumn> columns)
    {
        writer.WriteStartArray(property);
        foreach (var column in columns)
        {
            writer.WriteStartObject();
            writer.WriteString("name", column.Name);
            writer.WriteString("type", TypeName(column.Type));
            if (column.IsVector)
            {
                writer.WriteNumber("size", column.Size);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static List<ModelColumn> ReadColumns(JsonElement root, string property)
    {
        if (!root.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"\"{property}\" is missing or not an array of columns");
        }

        var columns = new List<ModelColumn>(array.GetArrayLength());
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in array.EnumerateArray())
        {
            var place = $"{property}[{columns.Count}]";
            var column = ReadColumn(item, place);
            if (!names.Add(column.Name))
            {
                throw new FormatException($"{place}.name: column '{column.Name}' is listed twice");
            }

            columns.Add(column);
        }

        return columns;
    }

    private static ModelColumn ReadColumn(JsonElement item, string place)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{place}: a column is an object with \"name\" and \"type\"");
        }

        if (!item.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(name.GetString()))
        {
            throw new FormatException($"{place}.name: missing; every column needs a name");
        }

        if (!item.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new FormatException($"{place}.type: missing; every column needs a type");
        }

        if (!Enum.TryParse<ModelColumnType>(type.GetString(), ignoreCase: true, out var columnType)
            || !Enum.IsDefined(columnType) || int.TryParse(type.GetString(), out _))
        {
            var valid = string.Join(", ", Enum.GetValues<ModelColumnType>().Select(TypeName));
            throw new FormatException($"{place}.type: '{type.GetString()}' is not a column type; valid types: {valid}");
        }

        var size = 0;
        if (item.TryGetProperty("size", out var sizeElement)
            && (sizeElement.ValueKind != JsonValueKind.Number || !sizeElement.TryGetInt32(out size) || size < 0))
        {
            throw new FormatException($"{place}.size: must be a whole number, 0 or more");
        }

        return new ModelColumn(name.GetString()!, columnType, size);
    }
}
