using Sluice.Core;
using Sluice.Sdk;

using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>
/// Reads a pipeline.yaml block entry that reuses a data product (<c>data_product: name</c>) and checks that
/// sluice.yaml declares the product. Such a block has no code: kind, file, upstream and settings belong to the
/// block that makes the product, in its own pipeline.
/// </summary>
internal static class DataProductEntryReader
{
    private static readonly IReadOnlyList<string> Refused = ["kind", "file", "upstream", "settings"];

    public static ParsedBlock Read(
        YamlSource source, IReadOnlyDictionary<string, YamlNode> entries, YamlNode nameNode, string name, YamlNode productNode)
    {
        var where = $"block '{name}'";
        var product = SettingsReader.ReadText(source, productNode, $"{where}: data_product");
        if (Refused.FirstOrDefault(entries.ContainsKey) is { } key)
        {
            throw source.Error(
                entries[key],
                $"{where} reuses data product '{product}', so it takes no '{key}': its outputs come from the product's block");
        }

        var definition = new BlockDefinition(name, BlockKind.DataLoader, string.Empty, [], ExecutionSettings.None)
        {
            DataProduct = product,
        };
        return new ParsedBlock(definition, nameNode, null, []) { ProductNode = productNode };
    }

    /// <summary>Throws, pointing at the <c>data_product</c> value, when sluice.yaml does not declare the product.</summary>
    public static void Validate(ProjectDefinition project, YamlSource source, ParsedBlock block)
    {
        var product = block.Definition.DataProduct!;
        if (project.DataProducts.ContainsKey(product))
        {
            return;
        }

        var declared = project.DataProducts.Count == 0
            ? $"{ProjectPaths.ProjectFile} declares no data products (add it under 'data_products:')"
            : $"{ProjectPaths.ProjectFile} declares: {string.Join(", ", project.DataProducts.Keys.Order(StringComparer.Ordinal))}";
        throw source.Error(
            block.ProductNode ?? block.NameNode,
            $"block '{block.Definition.Name}' uses data product '{product}', which is not declared; {declared}");
    }
}
