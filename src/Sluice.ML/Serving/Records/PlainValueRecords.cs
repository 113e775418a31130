using System.Text.Json;

namespace Sluice.ML.Serving.Records;

/// <summary>Records as plain values, one per record (<c>{"instances": [1.5, 2.0]}</c>): fit for a model with one input.</summary>
internal sealed class PlainValueRecords(JsonElement array) : IRecordSource
{
    private readonly JsonElement[] _values = [.. array.EnumerateArray()];

    public int Count => _values.Length;

    public bool IsPlainValues => true;

    public bool TryGetValue(int record, string field, out JsonElement value)
    {
        value = _values[record];
        return true;
    }
}
