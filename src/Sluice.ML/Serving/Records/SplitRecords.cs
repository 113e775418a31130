using System.Text.Json;

namespace Sluice.ML.Serving.Records;

/// <summary>
/// Records as pandas' split orientation, which MLflow's <c>dataframe_split</c> uses:
/// <c>{"columns": ["a", "b"], "data": [[1, "x"], [2, "y"]]}</c>.
/// </summary>
internal sealed class SplitRecords : IRecordSource
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly JsonElement[] _cells;

    public SplitRecords(JsonElement split)
    {
        if (split.ValueKind != JsonValueKind.Object)
        {
            throw new ModelInputException($"'dataframe_split' must be an object with 'columns' and 'data', not {JsonValues.Describe(split)}.");
        }

        if (!split.TryGetProperty("columns", out var columns) || columns.ValueKind != JsonValueKind.Array)
        {
            throw new ModelInputException("'dataframe_split' needs 'columns': an array of column names.");
        }

        if (!split.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            throw new ModelInputException("'dataframe_split' needs 'data': an array of rows, each an array of values in the order of 'columns'.");
        }

        foreach (var column in columns.EnumerateArray())
        {
            if (column.ValueKind != JsonValueKind.String)
            {
                throw new ModelInputException($"'dataframe_split.columns' must hold column names, but item {_columns.Count} is {JsonValues.Describe(column)}.");
            }

            _columns.TryAdd(column.GetString()!, _columns.Count);
        }

        var width = columns.GetArrayLength();
        Count = data.GetArrayLength();
        _cells = new JsonElement[Count * width];
        var row = 0;
        foreach (var values in data.EnumerateArray())
        {
            if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() != width)
            {
                throw new ModelInputException(values.ValueKind == JsonValueKind.Array
                    ? $"Row {row} of 'dataframe_split.data' has {values.GetArrayLength()} values, but 'columns' names {width}."
                    : $"Row {row} of 'dataframe_split.data' is {JsonValues.Describe(values)}, not an array of values.");
            }

            var cell = row * width;
            foreach (var value in values.EnumerateArray())
            {
                _cells[cell++] = value;
            }

            row++;
        }

        Width = width;
    }

    public int Count { get; }

    public bool IsPlainValues => false;

    private int Width { get; }

    public bool TryGetValue(int record, string field, out JsonElement value)
    {
        if (_columns.TryGetValue(field, out var column))
        {
            value = _cells[(record * Width) + column];
            return true;
        }

        value = default;
        return false;
    }
}
