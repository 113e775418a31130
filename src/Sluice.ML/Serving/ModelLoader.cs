using Microsoft.ML;
using Microsoft.ML.Data;

using Sluice.ML.Serving.Engines;
using Sluice.ML.Serving.Trees;
using Sluice.Sdk;

namespace Sluice.ML.Serving;

/// <summary>
/// Loads a registered version and checks it against its signature once, so that what a request can get wrong is
/// only its own records: every signature input is a column of the model's input schema with the same type, every
/// column the served outputs depend on is a signature input, and every served output exists and can be written.
/// </summary>
internal static class ModelLoader
{
    // What ML.NET's trainers call their prediction columns, served when a signature names no outputs.
    private static readonly string[] PredictionColumns = ["Score", "PredictedLabel", "Probability"];

    public static ServedModel Load(ModelLocation location, ServingOptions options)
    {
        ITransformer transformer;
        DataViewSchema? saved;
        try
        {
            transformer = new MLContext().Model.Load(location.ModelFile, out saved);
        }
        catch (Exception e)
        {
            throw Failed(location, $"its file {location.ModelFile} cannot be loaded: {e.Message}", e);
        }

        if (!transformer.IsRowToRowMapper)
        {
            throw Failed(location, "it cannot predict one record at a time (its transformer is not a row-to-row mapper)");
        }

        var schema = saved ?? SchemaOf(location.Signature);
        var inputs = Inputs(location, schema);
        var outputs = Outputs(location, transformer, schema);
        var plan = new ModelPlan(transformer, schema, inputs, outputs, CompiledTrees(transformer, schema, outputs));
        try
        {
            return new ServedModel(location, plan, options.MaxIdleEngines);
        }
        catch (Exception e) when (e is not ModelLoadException)
        {
            throw Failed(location, $"its first prediction engine failed: {e.Message}", e);
        }
    }

    private static TreeScoring? CompiledTrees(ITransformer transformer, DataViewSchema schema, IReadOnlyList<string> outputs)
    {
        try
        {
            return TreeScoring.TryCreate(transformer, schema, outputs);
        }
#pragma warning disable CA1031 // Compiled trees are only faster: a model they cannot take is served by ML.NET as it is.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static List<(ModelColumn Column, int Index)> Inputs(ModelLocation location, DataViewSchema schema)
    {
        var inputs = new List<(ModelColumn, int)>();
        foreach (var column in location.Signature.Inputs)
        {
            var found = schema.GetColumnOrNull(column.Name) ?? throw Failed(location,
                $"its signature names input '{column.Name}', which its model does not read; it reads {string.Join(", ", schema.Select(c => c.Name))}");
            if (!Fits(found.Type, column))
            {
                throw Failed(location, $"input '{column.Name}' is {found.Type} in the model but {Describe(column)} in its signature");
            }

            inputs.Add((column, found.Index));
        }

        return inputs;
    }

    private static List<string> Outputs(ModelLocation location, ITransformer transformer, DataViewSchema schema)
    {
        IRowToRowMapper mapper;
        try
        {
            mapper = transformer.GetRowToRowMapper(schema);
        }
        catch (Exception e)
        {
            throw Failed(location, $"its model does not accept its own input schema: {e.Message}", e);
        }

        var output = mapper.OutputSchema;
        List<string> names = location.Signature.Outputs.Count > 0
            ? [.. location.Signature.Outputs.Select(c => c.Name)]
            : [.. PredictionColumns.Where(name => output.GetColumnOrNull(name) is not null)];
        if (names.Count == 0)
        {
            throw Failed(location, $"its signature names no output and the model has no {string.Join(", ", PredictionColumns)} column");
        }

        var columns = new List<DataViewSchema.Column>();
        foreach (var name in names)
        {
            var column = output.GetColumnOrNull(name) ?? throw Failed(location,
                $"its signature names output '{name}', which the model does not give; it gives {string.Join(", ", output.Where(c => !c.IsHidden).Select(c => c.Name))}");
            if (!OutputColumn.CanWrite(column.Type))
            {
                throw Failed(location, $"output '{name}' is {column.Type}, which serving cannot write as JSON");
            }

            columns.Add(column);
        }

        var signed = location.Signature.Inputs.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var unsigned = mapper.GetDependencies(columns).Select(c => c.Name).Where(name => !signed.Contains(name)).ToList();
        if (unsigned.Count > 0)
        {
            throw Failed(location, $"its outputs need input {string.Join(", ", unsigned.Select(n => $"'{n}'"))}, which its signature does not list");
        }

        return names;
    }

    private static bool Fits(DataViewType type, ModelColumn column)
    {
        var item = (type as VectorDataViewType)?.ItemType ?? type;
        if (item.RawType != ItemType(column.Type).RawType || (type is VectorDataViewType) != column.IsVector)
        {
            return false;
        }

        return type is not VectorDataViewType vector || vector.Size == 0 || vector.Size == column.Size;
    }

    private static DataViewSchema SchemaOf(ModelSignature signature)
    {
        var builder = new DataViewSchema.Builder();
        foreach (var column in signature.Inputs)
        {
            var item = ItemType(column.Type);
            builder.AddColumn(column.Name, column.IsVector ? new VectorDataViewType((PrimitiveDataViewType)item, column.Size) : item);
        }

        return builder.ToSchema();
    }

    private static DataViewType ItemType(ModelColumnType type) => type switch
    {
        ModelColumnType.String => TextDataViewType.Instance,
        ModelColumnType.Boolean => BooleanDataViewType.Instance,
        ModelColumnType.Int32 => NumberDataViewType.Int32,
        ModelColumnType.Int64 => NumberDataViewType.Int64,
        ModelColumnType.Float32 => NumberDataViewType.Single,
        ModelColumnType.Float64 => NumberDataViewType.Double,
        ModelColumnType.DateTime => DateTimeDataViewType.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a column type."),
    };

    private static string Describe(ModelColumn column) =>
        column.IsVector ? $"a vector of {column.Size} {column.Type}" : column.Type.ToString();

    private static ModelLoadException Failed(ModelLocation location, string reason, Exception? inner = null) =>
        new($"Model '{location.Model}' version {location.Version} cannot be served: {reason}.", inner!);
}
