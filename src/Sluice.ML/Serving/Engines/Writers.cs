using System.Text.Json;

namespace Sluice.ML.Serving.Engines;

/// <summary>
/// How each ML.NET value type is written as JSON. NaN and infinities, which JSON cannot hold, are written as null;
/// key values (a multiclass model's <c>PredictedLabel</c> before it is mapped back) as their number.
/// </summary>
internal static class Writers
{
    private static readonly Dictionary<Type, Delegate> All = new()
    {
        [typeof(float)] = (Action<Utf8JsonWriter, float>)((writer, value) =>
        {
            if (float.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }),
        [typeof(double)] = (Action<Utf8JsonWriter, double>)((writer, value) =>
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }),
        [typeof(int)] = (Action<Utf8JsonWriter, int>)((writer, value) => writer.WriteNumberValue(value)),
        [typeof(long)] = (Action<Utf8JsonWriter, long>)((writer, value) => writer.WriteNumberValue(value)),
        [typeof(uint)] = (Action<Utf8JsonWriter, uint>)((writer, value) => writer.WriteNumberValue(value)),
        [typeof(ulong)] = (Action<Utf8JsonWriter, ulong>)((writer, value) => writer.WriteNumberValue(value)),
        [typeof(bool)] = (Action<Utf8JsonWriter, bool>)((writer, value) => writer.WriteBooleanValue(value)),
        [typeof(ReadOnlyMemory<char>)] = (Action<Utf8JsonWriter, ReadOnlyMemory<char>>)((writer, value) => writer.WriteStringValue(value.Span)),
        [typeof(DateTime)] = (Action<Utf8JsonWriter, DateTime>)((writer, value) => writer.WriteStringValue(value)),
    };

    public static bool Has(Type type) => All.ContainsKey(type);

    public static Action<Utf8JsonWriter, T> For<T>() => (Action<Utf8JsonWriter, T>)All[typeof(T)];
}
