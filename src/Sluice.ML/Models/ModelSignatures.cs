using Microsoft.ML;
using Microsoft.ML.Data;

using Sluice.Sdk;

namespace Sluice.ML.Models;

/// <summary>Model signatures read from ML.NET schemas.</summary>
public static class ModelSignatures
{
    /// <summary>The columns ML.NET's trainers add for a prediction, in the order a signature lists them.</summary>
    public static IReadOnlyList<string> PredictionColumns { get; } = ["Score", "PredictedLabel", "Probability"];

    /// <summary>
    /// The signature of <paramref name="model"/> applied to data shaped like <paramref name="inputSchema"/>. Inputs are
    /// the visible input columns. Outputs are <paramref name="outputColumns"/> when given; otherwise the prediction
    /// columns (<see cref="PredictionColumns"/>) the model adds, or, when it adds none of those, every visible column
    /// it adds.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The model cannot read the schema, a named output column does not exist, or a column has a type a signature
    /// cannot describe (key types, vectors of unknown size, images); the message names the column.
    /// </exception>
    public static ModelSignature Infer(
        ITransformer model, DataViewSchema inputSchema, IReadOnlyList<string>? outputColumns = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputSchema);
        DataViewSchema outputSchema;
        try
        {
            outputSchema = model.GetOutputSchema(inputSchema);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new ArgumentException($"The model cannot read the input schema it was given: {e.Message}", nameof(inputSchema), e);
        }

        var inputs = inputSchema.Where(c => !c.IsHidden).ToList();
        var inputNames = inputs.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var added = outputSchema.Where(c => !c.IsHidden && !inputNames.Contains(c.Name)).ToList();
        List<DataViewSchema.Column> outputs;
        if (outputColumns is not null)
        {
            outputs = [.. outputColumns.Select(name => outputSchema.GetColumnOrNull(name) is { IsHidden: false } column
                ? column
                : throw new ArgumentException(
                    $"Output column '{name}' is not in the model's output; it gives {string.Join(", ", outputSchema.Where(c => !c.IsHidden).Select(c => c.Name))}.",
                    nameof(outputColumns)))];
        }
        else
        {
            var predictions = added.Where(c => PredictionColumns.Contains(c.Name, StringComparer.Ordinal)).ToList();
            outputs = predictions.Count > 0 ? predictions : added;
        }

        if (outputs.Count == 0)
        {
            throw new ArgumentException("The model adds no columns to its input, so it has no output to describe.", nameof(model));
        }

        return new ModelSignature([.. inputs.Select(ColumnOf)], [.. outputs.Select(ColumnOf)]);
    }

    /// <summary>The signature column of <paramref name="column"/>.</summary>
    /// <exception cref="ArgumentException">Its type is one a signature cannot describe; the message names it.</exception>
    public static ModelColumn ColumnOf(DataViewSchema.Column column)
    {
        var (item, size) = column.Type is VectorDataViewType vector ? (vector.ItemType, vector.Size) : (column.Type, 0);
        if (column.Type is VectorDataViewType && size == 0)
        {
            throw Undescribable(column, "a vector of unknown size; give it a fixed size");
        }

        return TypeOf(item) is { } type
            ? new ModelColumn(column.Name, type, size)
            : throw Undescribable(column, item is KeyDataViewType ? "a key type; map it back to values with MapKeyToValue" : $"a {item}");
    }

    private static ModelColumnType? TypeOf(DataViewType type) => type switch
    {
        TextDataViewType => ModelColumnType.String,
        BooleanDataViewType => ModelColumnType.Boolean,
        DateTimeDataViewType => ModelColumnType.DateTime,
        NumberDataViewType when type.RawType == typeof(int) => ModelColumnType.Int32,
        NumberDataViewType when type.RawType == typeof(long) => ModelColumnType.Int64,
        NumberDataViewType when type.RawType == typeof(float) => ModelColumnType.Float32,
        NumberDataViewType when type.RawType == typeof(double) => ModelColumnType.Float64,
        _ => null,
    };

    private static ArgumentException Undescribable(DataViewSchema.Column column, string what) => new(
        $"Column '{column.Name}' is {what}, which a model signature cannot describe: signatures take text, booleans, "
        + "32- and 64-bit integers and floats, date-times, and fixed-size vectors of them.");
}
