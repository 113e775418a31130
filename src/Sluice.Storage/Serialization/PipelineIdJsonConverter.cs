using System.Text.Json;
using System.Text.Json.Serialization;

using Sluice.Core;

namespace Sluice.Storage.Serialization;

/// <summary>Writes a <see cref="PipelineId"/> as its plain string, the way it appears everywhere else.</summary>
internal sealed class PipelineIdJsonConverter : JsonConverter<PipelineId>
{
    public override PipelineId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? throw new JsonException("A pipeline id cannot be null."));

    public override void Write(Utf8JsonWriter writer, PipelineId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
