using System.Reflection;
using System.Text.Json;

using Microsoft.ML;
using Microsoft.ML.Data;

using Sluice.ML.Serving.Records;

namespace Sluice.ML.Serving.Engines;

/// <summary>
/// One prediction engine: what ML.NET's PredictionEngine does for a class known at compile time, for columns known
/// only from the signature. Its model's row mapper is bound once to an input row over buffers this engine fills
/// from each request; only the served output columns are active, so the mapper computes nothing else. Not
/// thread-safe: engines are rented from a pool, one request at a time.
/// </summary>
internal sealed class RowPredictor : IDisposable
{
    private readonly InputColumn[] _inputs;
    private readonly RequestRow _row;
    private readonly DataViewRow _output;
    private readonly OutputColumn[] _outputs;

    public RowPredictor(ModelPlan plan)
    {
        _inputs = [.. plan.Inputs.Select(input => InputColumn.Create(input.Column))];
        var getters = new Delegate[plan.InputSchema.Count];
        _row = new RequestRow(plan.InputSchema, getters);
        for (var i = 0; i < _inputs.Length; i++)
        {
            getters[plan.Inputs[i].Index] = _inputs[i].Getter(_row);
        }

        foreach (var column in plan.InputSchema)
        {
            // Columns the model was trained with but does not need to predict (the label): a default value.
            getters[column.Index] ??= DefaultGetter(column.Type);
        }

        _output = plan.Trees?.CreateRow(_row) ?? MapperRow(plan, _row);
        _outputs = [.. plan.Outputs.Select(name => OutputColumn.Create(_output, _output.Schema[name]))];
    }

    /// <summary>Converts every record's values; nothing is predicted unless all of them fit.</summary>
    /// <exception cref="ModelInputException">A record lacks a field or gives a value of the wrong type.</exception>
    public void Read(IRecordSource records)
    {
        foreach (var input in _inputs)
        {
            input.Reserve(records.Count);
        }

        for (var record = 0; record < records.Count; record++)
        {
            foreach (var input in _inputs)
            {
                if (!records.TryGetValue(record, input.Column.Name, out var value))
                {
                    throw input.Missing(record);
                }

                input.Read(record, value);
            }
        }
    }

    /// <summary>
    /// Writes one prediction per record read: the value of the only output column, or an object of every output.
    /// </summary>
    public void Write(Utf8JsonWriter writer, int count)
    {
        writer.WriteStartArray();
        for (var record = 0; record < count; record++)
        {
            _row.MoveTo(record);
            if (_outputs.Length == 1)
            {
                _outputs[0].Write(writer);
                continue;
            }

            writer.WriteStartObject();
            foreach (var output in _outputs)
            {
                writer.WritePropertyName(output.Name);
                output.Write(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public void Dispose()
    {
        _output.Dispose();
        _row.Dispose();
    }

    private static DataViewRow MapperRow(ModelPlan plan, DataViewRow input)
    {
        var mapper = plan.Transformer.GetRowToRowMapper(plan.InputSchema);
        return mapper.GetRow(input, [.. plan.Outputs.Select(name => mapper.OutputSchema[name])]);
    }

    private static Delegate DefaultGetter(DataViewType type) => type is VectorDataViewType vector
        ? (Delegate)Generic(nameof(DefaultVector), vector.ItemType.RawType).Invoke(null, [vector.Size])!
        : (Delegate)Generic(nameof(DefaultScalar), type.RawType).Invoke(null, null)!;

    private static MethodInfo Generic(string name, Type type) =>
        typeof(RowPredictor).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);

    private static ValueGetter<T> DefaultScalar<T>() => (ref T value) => value = default!;

    private static ValueGetter<VBuffer<T>> DefaultVector<T>(int size) =>
        (ref VBuffer<T> value) => value = VBufferEditor.Create(ref value, size, 0).Commit();
}
