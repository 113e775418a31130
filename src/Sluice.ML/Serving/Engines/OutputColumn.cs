using System.Text.Json;

using Microsoft.ML;
using Microsoft.ML.Data;

namespace Sluice.ML.Serving.Engines;

/// <summary>One column a prediction returns: its getter on the engine's output row and how its value is written.</summary>
internal abstract class OutputColumn(string name)
{
    /// <summary>The property name in a prediction object.</summary>
    public JsonEncodedText Name { get; } = JsonEncodedText.Encode(name);

    /// <summary>Writes the current row's value.</summary>
    public abstract void Write(Utf8JsonWriter writer);

    /// <summary>Whether a column of <paramref name="type"/> can be written, with its vectors.</summary>
    public static bool CanWrite(DataViewType type) => Writers.Has((type as VectorDataViewType)?.ItemType.RawType ?? type.RawType);

    public static OutputColumn Create(DataViewRow row, DataViewSchema.Column column)
    {
        var item = (column.Type as VectorDataViewType)?.ItemType ?? column.Type;
        var method = column.Type is VectorDataViewType ? nameof(Vector) : nameof(Scalar);
        return (OutputColumn)typeof(OutputColumn).GetMethod(method, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(item.RawType)
            .Invoke(null, [row, column])!;
    }

    private static ScalarOutput<T> Scalar<T>(DataViewRow row, DataViewSchema.Column column) =>
        new(column.Name, row.GetGetter<T>(column), Writers.For<T>());

    private static VectorOutput<T> Vector<T>(DataViewRow row, DataViewSchema.Column column) =>
        new(column.Name, row.GetGetter<VBuffer<T>>(column), Writers.For<T>());

    private sealed class ScalarOutput<T>(string name, ValueGetter<T> getter, Action<Utf8JsonWriter, T> write) : OutputColumn(name)
    {
        private T _value = default!;

        public override void Write(Utf8JsonWriter writer)
        {
            getter(ref _value);
            write(writer, _value);
        }
    }

    private sealed class VectorOutput<T>(string name, ValueGetter<VBuffer<T>> getter, Action<Utf8JsonWriter, T> write) : OutputColumn(name)
    {
        private VBuffer<T> _value;

        public override void Write(Utf8JsonWriter writer)
        {
            getter(ref _value);
            writer.WriteStartArray();
            var values = _value.GetValues();
            if (_value.IsDense)
            {
                foreach (var value in values)
                {
                    write(writer, value);
                }
            }
            else
            {
                // A sparse vector leaves out its default values: write them back in place.
                var indices = _value.GetIndices();
                var next = 0;
                for (var i = 0; i < _value.Length; i++)
                {
                    write(writer, next < indices.Length && indices[next] == i ? values[next++] : default!);
                }
            }

            writer.WriteEndArray();
        }
    }
}
