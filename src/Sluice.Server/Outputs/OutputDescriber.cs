using System.Globalization;
using System.Text.Json;

using Microsoft.Data.Analysis;
using Microsoft.ML;

using Sluice.Engine.Outputs;
using Sluice.ML.Features;
using Sluice.ML.Profiling;

namespace Sluice.Server.Outputs;

/// <summary>Describes a block's output for the editor; a table is paged, never sent whole.</summary>
public static class OutputDescriber
{
    private const int PreviewItems = 20;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The view of <paramref name="output"/>, with rows <paramref name="offset"/>.. of a table.</summary>
    public static OutputView Describe(BlockOutputValue output, long offset = 0, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(output);
        var type = TypeName(output.Value?.GetType() ?? output.DeclaredType);
        return output.Value switch
        {
            DataFrame frame => new OutputView(output.Name, type, "table",
                Count(frame.Rows.Count, "row") + " x " + Count(frame.Columns.Count, "column"),
                FramePreview.Page(frame, offset, limit), null),
            CsrMatrix matrix => new OutputView(output.Name, type, "matrix",
                $"sparse matrix {N(matrix.RowCount)} x {N(matrix.ColumnCount)}, {N(matrix.NonZeroCount)} stored values", null, null),
            DictVectorizer vectorizer => new OutputView(output.Name, type, "model",
                $"DictVectorizer: {Count(vectorizer.FeatureCount, "feature")} from {vectorizer.StringColumns.Count} text and {vectorizer.NumericColumns.Count} numeric columns",
                null, null),
            ITransformer transformer => new OutputView(output.Name, type, "model", $"ML.NET model: {TypeName(transformer.GetType())}", null, null),
            IDataView view => new OutputView(output.Name, type, "table",
                $"ML.NET data view with {Count(view.Schema.Count, "column")}: {string.Join(", ", view.Schema.Select(c => $"{c.Name} ({c.Type})"))}", null, null),
            null => new OutputView(output.Name, type, "value", "null", null, "null"),
            var value => PlainValue(output.Name, type, value),
        };
    }

    private static OutputView PlainValue(string name, string type, object value)
    {
        if (value is System.Collections.ICollection collection and not System.Collections.IDictionary)
        {
            // A 100,000-element target vector shows its start, as a notebook would, not a page of numbers.
            var head = collection.Cast<object?>().Take(PreviewItems).ToList();
            var shown = collection.Count > PreviewItems ? $" (first {PreviewItems} shown)" : string.Empty;
            return new OutputView(name, type, "value", Count(collection.Count, "item") + shown, null, Serialize(head));
        }

        var json = Serialize(value);
        return new OutputView(name, type, "value", type, null, json.Length > 100_000 ? json[..100_000] + "\n…" : json);
    }

    private static string Serialize(object value)
    {
        try
        {
            return JsonSerializer.Serialize(value, value.GetType(), Json);
        }
        catch (NotSupportedException)
        {
            return JsonSerializer.Serialize(value.ToString());
        }
    }

    private static string Count(long count, string noun) => $"{N(count)} {noun}{(count == 1 ? string.Empty : "s")}";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    // Generic types by their C# look (List<double>), not their metadata names (List`1).
    private static string TypeName(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>"
        : type.Name;
}
