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

    public object Read(string path, Type? storedType)
    {
        using FileStream stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, storedType ?? typeof(JsonElement), Options)
            ?? throw new InvalidDataException($"'{path}' holds null, which is stored without a file.");
    }
}
