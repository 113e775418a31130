using System.Text.Json;

namespace Sluice.ML.Serving.Records;

/// <summary>The records of one request, whatever shape the body gave them in.</summary>
internal interface IRecordSource
{
    int Count { get; }

    /// <summary>
    /// Whether each record is a single value rather than an object of fields (MLflow's <c>instances</c> for a model
    /// with one input).
    /// </summary>
    bool IsPlainValues { get; }

    /// <summary>The value of <paramref name="field"/> in record <paramref name="record"/>; false when it has none.</summary>
    bool TryGetValue(int record, string field, out JsonElement value);
}
