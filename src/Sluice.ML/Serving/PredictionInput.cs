using System.Text.Json;

using Sluice.ML.Serving.Records;

namespace Sluice.ML.Serving;

/// <summary>
/// The records of one prediction request, read from its JSON body in one of the shapes serving accepts. Values are
/// checked against a model's signature only when <see cref="ServedModel.WritePredictions"/> reads them.
/// </summary>
public sealed class PredictionInput
{
    private static readonly string[] InvocationsKeys = ["dataframe_records", "dataframe_split", "instances", "inputs"];

    private PredictionInput(IRecordSource records) => Records = records;

    /// <summary>How many records the request holds.</summary>
    public int Count => Records.Count;

    internal IRecordSource Records { get; }

    /// <summary>
    /// The records of a predict body: a JSON array of records (objects of fields) or <c>{"records": [...]}</c>.
    /// </summary>
    /// <exception cref="ModelInputException">The body has neither shape; the message says what it got.</exception>
    public static PredictionInput FromPredictBody(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Array)
        {
            return new(new ObjectRecords(body, "the body"));
        }

        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("records", out var records) &&
            records.ValueKind == JsonValueKind.Array)
        {
            return new(new ObjectRecords(records, "'records'"));
        }

        throw new ModelInputException(
            $"The body must be a JSON array of records or an object with 'records' (an array of records), not {Shape(body)}.");
    }

    /// <summary>
    /// The records of an MLflow <c>/invocations</c> body: <c>{"dataframe_records": [...]}</c>,
    /// <c>{"dataframe_split": {"columns": [...], "data": [[...]]}}</c>, <c>{"instances": [...]}</c> or
    /// <c>{"inputs": ...}</c> (an array like <c>instances</c>, or an object of columns). <c>instances</c> and
    /// <c>inputs</c> may hold plain values for a model with one input.
    /// </summary>
    /// <exception cref="ModelInputException">The body has none of these shapes; the message says what it got.</exception>
    public static PredictionInput FromInvocationsBody(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new ModelInputException($"The body must be an object with one of {Keys}, not {Shape(body)}.");
        }

        var given = InvocationsKeys.Where(key => body.TryGetProperty(key, out _)).ToList();
        if (given.Count != 1)
        {
            throw new ModelInputException(given.Count == 0
                ? $"The body must have one of {Keys}; it has {Fields(body)}."
                : $"The body must have only one of {Keys}; it has {string.Join(" and ", given)}.");
        }

        var key = given[0];
        var value = body.GetProperty(key);
        return key switch
        {
            "dataframe_split" => new(new SplitRecords(value)),
            "dataframe_records" when value.ValueKind == JsonValueKind.Array => new(new ObjectRecords(value, "'dataframe_records'")),
            "inputs" when value.ValueKind == JsonValueKind.Object => new(new ColumnarRecords(value, "'inputs'")),
            "instances" or "inputs" when value.ValueKind == JsonValueKind.Array => new(Instances(value, key)),
            _ => throw new ModelInputException($"'{key}' must be an array of records, not {JsonValues.Describe(value)}."),
        };
    }

    private static string Keys => string.Join(", ", InvocationsKeys);

    private static IRecordSource Instances(JsonElement array, string key) =>
        array.GetArrayLength() > 0 && array[0].ValueKind == JsonValueKind.Object
            ? new ObjectRecords(array, $"'{key}'")
            : new PlainValueRecords(array);

    private static string Shape(JsonElement body) => body.ValueKind == JsonValueKind.Object
        ? $"an object with {Fields(body)}"
        : JsonValues.Describe(body);

    private static string Fields(JsonElement body)
    {
        var names = body.EnumerateObject().Select(p => $"'{p.Name}'").ToList();
        return names.Count == 0 ? "no fields" : "fields " + string.Join(", ", names);
    }
}
