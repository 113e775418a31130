using System.Text.Json;

namespace Sluice.ML.Serving.Records;

/// <summary>Records as an object of columns, MLflow's columnar <c>inputs</c>: <c>{"a": [1, 2], "b": ["x", "y"]}</c>.</summary>
internal sealed class ColumnarRecords : IRecordSource
{
    private readonly Dictionary<string, JsonElement[]> _columns = new(StringComparer.Ordinal);

    public ColumnarRecords(JsonElement columns, string where)
    {
        string? first = null;
        foreach (var column in columns.EnumerateObject())
        {
            if (column.Value.ValueKind != JsonValueKind.Array)
            {
                throw new ModelInputException(
                    $"Column '{column.Name}' of {where} is {JsonValues.Describe(column.Value)}, not an array with one value per record.");
            }

            JsonElement[] values = [.. column.Value.EnumerateArray()];
            if (first is null)
            {
                first = column.Name;
                Count = values.Length;
            }
            else if (values.Length != Count)
            {
                throw new ModelInputException(
                    $"Column '{column.Name}' of {where} has {values.Length} values, but column '{first}' has {Count}.");
            }

            _columns[column.Name] = values;
        }
    }

    public int Count { get; }

    public bool IsPlainValues => false;

    public bool TryGetValue(int record, string field, out JsonElement value)
    {
        if (_columns.TryGetValue(field, out var values))
        {
            value = values[record];
            return true;
        }

        value = default;
        return false;
    }
}
