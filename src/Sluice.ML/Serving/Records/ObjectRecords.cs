using System.Text.Json;

namespace Sluice.ML.Serving.Records;

/// <summary>Records as a JSON array of objects: <c>[{"a": 1, "b": "x"}, ...]</c>.</summary>
internal sealed class ObjectRecords : IRecordSource
{
    private readonly JsonElement[] _records;

    public ObjectRecords(JsonElement array, string where)
    {
        // Indexing a JSON array of objects walks it from the start, so the records are listed once.
        _records = new JsonElement[array.GetArrayLength()];
        var index = 0;
        foreach (var record in array.EnumerateArray())
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw new ModelInputException(
                    $"Record {index} of {where} is {JsonValues.Describe(record)}, not an object of fields.");
            }

            _records[index++] = record;
        }
    }

    public int Count => _records.Length;

    public bool IsPlainValues => false;

    public bool TryGetValue(int record, string field, out JsonElement value) =>
        _records[record].TryGetProperty(field, out value);
}
