using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

using Microsoft.Data.Analysis;
using Microsoft.ML;

using Sluice.Engine.Outputs;
using Sluice.ML.Features;

namespace Sluice.Server.Outputs;

/// <summary>
/// A block's output as JSON for an API caller: plain values, records and arrays as themselves, a frame as an array
/// of records, at most <see cref="MaxItems"/> rows or items (the rest cut, and said so). Models, data views and
/// matrices have no JSON form: they get a one-line summary instead.
/// </summary>
internal static class OutputJson
{
    public const int MaxItems = 10_000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // A block's double can be NaN; JSON has no such number, so it is written as the string "NaN".
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static BlockCallOutput Of(BlockOutputValue output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var type = output.Value?.GetType().Name ?? output.DeclaredType.Name;
        return output.Value switch
        {
            null => new BlockCallOutput(output.Name, type, null),
            DataFrame frame => Frame(output.Name, type, frame),
            ITransformer or IDataView or CsrMatrix or DictVectorizer =>
                new BlockCallOutput(output.Name, type, null) { Summary = OutputDescriber.Describe(output).Summary },
            string text => new BlockCallOutput(output.Name, type, JsonSerializer.SerializeToElement(text, Json)),
            ICollection { Count: > MaxItems } items and not IDictionary => new BlockCallOutput(
                output.Name, type, Serialize(items.Cast<object?>().Take(MaxItems).ToList())) { Count = items.Count, Truncated = true },
            var value => new BlockCallOutput(output.Name, type, Serialize(value)),
        };
    }

    private static BlockCallOutput Frame(string name, string type, DataFrame frame)
    {
        var count = (int)Math.Min(frame.Rows.Count, MaxItems);
        var records = new List<Dictionary<string, object?>>(count);
        for (var row = 0; row < count; row++)
        {
            var record = new Dictionary<string, object?>(frame.Columns.Count, StringComparer.Ordinal);
            foreach (var column in frame.Columns)
            {
                record[column.Name] = column[row];
            }

            records.Add(record);
        }

        return new BlockCallOutput(name, type, Serialize(records)) { Count = frame.Rows.Count, Truncated = frame.Rows.Count > count };
    }

    private static JsonElement Serialize(object value)
    {
        try
        {
            return JsonSerializer.SerializeToElement(value, value.GetType(), Json);
        }
        catch (NotSupportedException)
        {
            return JsonSerializer.SerializeToElement(value.ToString(), Json);
        }
    }
}
