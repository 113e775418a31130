using System.Text.Json;
using System.Text.Json.Serialization;

using Sluice.Core;

namespace Sluice.Storage.Serialization;

/// <summary>Writes a <see cref="RunId"/> as its plain string, the way it appears everywhere else.</summary>
internal sealed class RunIdJsonConverter : JsonConverter<RunId>
{
    public override RunId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A run id cannot be null."));

    public override void Write(Utf8JsonWriter writer, RunId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
