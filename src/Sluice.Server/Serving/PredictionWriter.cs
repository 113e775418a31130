using System.Buffers;
using System.Text.Json;

using Sluice.ML.Serving;

namespace Sluice.Server.Serving;

/// <summary>
/// Writes a prediction answer into a JSON writer kept per thread: the writing is synchronous, and the bytes are
/// copied out before the request awaits anything, so one writer per thread serves every request on it.
/// </summary>
internal static class PredictionWriter
{
    // A buffer that grew for a huge batch is not kept: most answers are a few hundred bytes.
    private const int KeptCapacity = 64 * 1024;

    private static readonly JsonEncodedText ModelName = JsonEncodedText.Encode("model");
    private static readonly JsonEncodedText VersionName = JsonEncodedText.Encode("version");
    private static readonly JsonEncodedText PredictionsName = JsonEncodedText.Encode("predictions");

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _cached;

    /// <summary>
    /// <c>{"model", "version", "predictions"}</c>, or MLflow's <c>{"predictions"}</c> when <paramref name="invocations"/>.
    /// </summary>
    /// <exception cref="ModelInputException">A record does not fit the model; nothing is answered.</exception>
    public static JsonBytesResult Write(ServedModel served, JsonElement body, bool invocations)
    {
        var input = invocations ? PredictionInput.FromInvocationsBody(body) : PredictionInput.FromPredictBody(body);
        var (buffer, writer) = _cached ?? (new ArrayBufferWriter<byte>(512), new Utf8JsonWriter(Stream.Null));
        _cached = null;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        if (!invocations)
        {
            writer.WriteString(ModelName, served.Location.Model);
            writer.WriteNumber(VersionName, served.Location.Version);
        }

        writer.WritePropertyName(PredictionsName);
        served.WritePredictions(input, writer);
        writer.WriteEndObject();
        writer.Flush();
        var result = JsonBytesResult.CopyOf(buffer.WrittenSpan);
        if (buffer.Capacity <= KeptCapacity)
        {
            _cached = (buffer, writer);
        }

        return result;
    }
}
