using System.Buffers;
using System.Text.Json;

using Sluice.ML.Serving;

namespace Sluice.ML.Tests.Serving;

/// <summary>Runs a JSON body through a served model as the endpoints do and returns the predictions array.</summary>
internal static class Predictions
{
    public static JsonElement Of(ServedModel model, string body, bool invocations = false)
    {
        using var document = JsonDocument.Parse(body);
        var input = invocations
            ? PredictionInput.FromInvocationsBody(document.RootElement)
            : PredictionInput.FromPredictBody(document.RootElement);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            model.WritePredictions(input, writer);
        }

        using var written = JsonDocument.Parse(buffer.WrittenMemory);
        return written.RootElement.Clone();
    }

    public static float[] Scores(JsonElement predictions) => [.. predictions.EnumerateArray().Select(p => p.GetSingle())];
}
