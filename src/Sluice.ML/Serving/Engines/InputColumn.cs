using System.Globalization;
using System.Text.Json;

using Microsoft.ML;
using Microsoft.ML.Data;

using Sluice.ML.Serving.Records;
using Sluice.Sdk;

namespace Sluice.ML.Serving.Engines;

/// <summary>
/// One signature input of an engine: the request's values of that column, converted once per request into a buffer
/// the engine keeps, and the getter its model reads them through.
/// </summary>
internal abstract class InputColumn(ModelColumn column)
{
    public ModelColumn Column => column;

    public static InputColumn Create(ModelColumn column) => column.Type switch
    {
        ModelColumnType.String => Of<ReadOnlyMemory<char>>(column, JsonReaders.Text),
        ModelColumnType.Boolean => Of<bool>(column, JsonReaders.Boolean),
        ModelColumnType.Int32 => Of<int>(column, JsonReaders.Int32),
        ModelColumnType.Int64 => Of<long>(column, JsonReaders.Int64),
        ModelColumnType.Float32 => Of<float>(column, JsonReaders.Single),
        ModelColumnType.Float64 => Of<double>(column, JsonReaders.Double),
        ModelColumnType.DateTime => Of<DateTime>(column, JsonReaders.DateTime),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.Type, "Not a column type."),
    };

    /// <summary>Makes room for <paramref name="count"/> records.</summary>
    public abstract void Reserve(int count);

    /// <summary>Converts the value record <paramref name="record"/> gave.</summary>
    /// <exception cref="ModelInputException">The value does not fit the column.</exception>
    public abstract void Read(int record, JsonElement value);

    /// <summary>The getter of the current record of <paramref name="row"/>.</summary>
    public abstract Delegate Getter(RequestRow row);

    public ModelInputException Missing(int record) => new(string.Create(
        CultureInfo.InvariantCulture, $"Record {record} has no field '{column.Name}'; the model needs {Expected()} there."));

    protected ModelInputException Wrong(int record, JsonElement value) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"Record {record}, field '{column.Name}': expected {Expected()} but got {JsonValues.Describe(value)}."));

    protected ModelInputException WrongItem(int record, int item, JsonElement value) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"Record {record}, field '{column.Name}', item {item}: expected {JsonReaders.Expected(column.Type)} ({column.Type}) but got {JsonValues.Describe(value)}."));

    private string Expected() => column.IsVector
        ? string.Create(CultureInfo.InvariantCulture, $"an array of {column.Size} {JsonReaders.ExpectedMany(column.Type)} ({column.Type})")
        : $"{JsonReaders.Expected(column.Type)} ({column.Type})";

    private static InputColumn Of<T>(ModelColumn column, JsonReader<T> reader) =>
        column.IsVector ? new VectorInput<T>(column, reader) : new ScalarInput<T>(column, reader);

    private sealed class ScalarInput<T>(ModelColumn column, JsonReader<T> reader) : InputColumn(column)
    {
        private T[] _values = [];

        public override void Reserve(int count)
        {
            if (_values.Length < count)
            {
                _values = new T[Math.Max(count, _values.Length * 2)];
            }
        }

        public override void Read(int record, JsonElement value)
        {
            if (!reader(value, out _values[record]))
            {
                throw Wrong(record, value);
            }
        }

        public override Delegate Getter(RequestRow row) => (ValueGetter<T>)((ref T value) => value = _values[row.Record]);
    }

    private sealed class VectorInput<T>(ModelColumn column, JsonReader<T> reader) : InputColumn(column)
    {
        private readonly int _size = column.Size;
        private T[] _values = [];

        public override void Reserve(int count)
        {
            if (_values.Length < count * _size)
            {
                _values = new T[Math.Max(count, _values.Length / _size * 2) * _size];
            }
        }

        public override void Read(int record, JsonElement value)
        {
            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() != _size)
            {
                throw Wrong(record, value);
            }

            var start = record * _size;
            var item = 0;
            foreach (var element in value.EnumerateArray())
            {
                if (!reader(element, out _values[start + item]))
                {
                    throw WrongItem(record, item, element);
                }

                item++;
            }
        }

        public override Delegate Getter(RequestRow row) => (ValueGetter<VBuffer<T>>)((ref VBuffer<T> value) =>
        {
            var editor = VBufferEditor.Create(ref value, _size);
            _values.AsSpan(row.Record * _size, _size).CopyTo(editor.Values);
            value = editor.Commit();
        });
    }
}
