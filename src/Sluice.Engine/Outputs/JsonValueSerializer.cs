using System.Text.Json;

namespace Sluice.Engine.Outputs;

/// <summary>
/// Plain values (numbers, strings, collections, records) as JSON, read back as the type they were written with when
/// that type can still be found, else as a <see cref="JsonElement"/>.
/// </summary>
public sealed class JsonValueSerializer : IOutputSerializer
{
    // Fields too, so value tuples and structs with public fields keep their data.
    private static readonly JsonSerializerOptions Options = new()
    {
        IncludeFields = true,
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public string Format => "json";

    public string FileExtension => ".json";

    public bool CanWrite(Type type) => JsonShapes.IsRoundTrippable(type);

    public void Write(object value, string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        JsonSerializer.Serialize(stream, value, value.GetType(), Options);
    }

    /// <summary>
    /// <paramref name="value"/> as <paramref name="type"/>, through its JSON, when it was read back as something else:
    /// a <see cref="JsonElement"/> (its stored type could not be found), or the same-named type of an earlier compile
    /// of a block. A value that fits already, or that JSON cannot carry over, comes back unchanged.
    /// </summary>
    internal static object? Refit(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value) || !JsonShapes.IsRoundTrippable(type) ||
            (value is not JsonElement && !JsonShapes.IsRoundTrippable(value.GetType())))
        {
            return value;
        }

        try
        {
            var element = value as JsonElement? ?? JsonSerializer.SerializeToElement(value, value.GetType(), Options);
            return element.Deserialize(type, Options) ?? value;
        }
        catch (JsonException)
        {
            // Left as it is: binding it to the block's parameter then says which type it has.
            return value;
        }
    }

    public object Read(string path, Type? storedType)
    {
        using FileStream stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, storedType ?? typeof(JsonElement), Options)
            ?? throw new InvalidDataException($"'{path}' holds null, which is stored without a file.");
    }
}
