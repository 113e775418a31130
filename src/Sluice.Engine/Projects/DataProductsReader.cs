using Sluice.Core;

using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>
/// Reads the <c>data_products</c> mapping of sluice.yaml: each product names a pipeline, one of its blocks and, when
/// the outputs go stale, a <c>max_age</c>. Whether that pipeline and block exist is checked when a run needs the
/// product, so that a project whose product points at a pipeline being rewritten still opens.
/// </summary>
internal static class DataProductsReader
{
    private static readonly IReadOnlyList<string> Keys = ["pipeline", "block", "max_age"];

    public static IReadOnlyDictionary<string, DataProductDefinition> Read(YamlSource source, YamlNode node)
    {
        var products = new Dictionary<string, DataProductDefinition>(StringComparer.Ordinal);
        foreach (var (key, value) in YamlMaps.Entries(source, node, "data_products", allowed: null))
        {
            var name = key.Value!;
            if (!ProjectNames.IsValidBlockName(name))
            {
                throw source.Error(key, $"'{name}' is not a valid data product name; use {ProjectNames.BlockNameRule}");
            }

            products.Add(name, ReadProduct(source, key, value, name));
        }

        return products;
    }

    private static DataProductDefinition ReadProduct(YamlSource source, YamlNode key, YamlNode node, string name)
    {
        var where = $"data product '{name}'";
        if (YamlScalars.IsNull(node))
        {
            throw source.Error(key, $"{where} is empty; give it 'pipeline:' and 'block:' (and 'max_age:' if its outputs go stale)");
        }

        var entries = YamlMaps.Entries(source, node, where, Keys).ToDictionary(e => e.Key.Value!, e => e.Value);
        if (!entries.TryGetValue("pipeline", out var pipelineNode))
        {
            throw source.Error(node, $"{where} has no pipeline; name the pipeline that makes it with 'pipeline: <name>'");
        }

        var pipeline = SettingsReader.ReadText(source, pipelineNode, $"{where}: pipeline");
        if (!ProjectNames.IsValidPipelineName(pipeline))
        {
            throw source.Error(pipelineNode, $"{where}: '{pipeline}' is not a valid pipeline name; use {ProjectNames.PipelineNameRule}");
        }

        if (!entries.TryGetValue("block", out var blockNode))
        {
            throw source.Error(node, $"{where} has no block; name the block of '{pipeline}' whose outputs it is with 'block: <name>'");
        }

        var block = SettingsReader.ReadText(source, blockNode, $"{where}: block");
        if (!ProjectNames.IsValidBlockName(block))
        {
            throw source.Error(blockNode, $"{where}: '{block}' is not a valid block name; use {ProjectNames.BlockNameRule}");
        }

        TimeSpan? maxAge = entries.TryGetValue("max_age", out var maxAgeNode)
            ? SettingsReader.ReadDuration(source, maxAgeNode, $"{where}: max_age", allowZero: false)
            : null;
        return new DataProductDefinition(name, new PipelineId(pipeline), block, maxAge) { Location = source.At(key) };
    }
}
