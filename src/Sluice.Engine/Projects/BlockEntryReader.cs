using Sluice.Core;

using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>Reads one entry of a pipeline's <c>blocks</c> list.</summary>
internal static class BlockEntryReader
{
    private static readonly IReadOnlyList<string> Keys = ["name", "kind", "file", "upstream", "settings", "dynamic", "reduce_output", "data_product"];

    public static ParsedBlock Read(YamlSource source, YamlNode node)
    {
        var entries = YamlMaps.Entries(source, node, "a block", Keys).ToDictionary(e => e.Key.Value!, e => e.Value);
        if (!entries.TryGetValue("name", out var nameNode))
        {
            throw source.Error(node, "a block has no name; give it one with 'name: <block name>'");
        }

        var name = SettingsReader.ReadText(source, nameNode, "a block's name");
        if (!ProjectNames.IsValidBlockName(name))
        {
            throw source.Error(nameNode, $"'{name}' is not a valid block name; use {ProjectNames.BlockNameRule}");
        }

        if (entries.TryGetValue("data_product", out var productNode))
        {
            return DataProductEntryReader.Read(source, entries, nameNode, name, productNode);
        }

        var where = $"block '{name}'";
        if (!entries.TryGetValue("kind", out var kindNode))
        {
            throw source.Error(node, $"{where} has no kind; use one of: {string.Join(", ", BlockKinds.Names)}");
        }

        var kindText = SettingsReader.ReadText(source, kindNode, $"{where}'s kind");
        if (!BlockKinds.TryParse(kindText, out var kind))
        {
            throw source.Error(
                kindNode,
                $"{where} has unknown kind '{kindText}'; use one of: {string.Join(", ", BlockKinds.Names)}");
        }

        var fileNode = entries.GetValueOrDefault("file");
        var file = fileNode is null ? BlockKinds.DefaultSourcePath(kind, name) : ReadFile(source, fileNode, where);
        var (upstream, upstreamNodes) = entries.TryGetValue("upstream", out var upstreamNode)
            ? ReadUpstream(source, upstreamNode, where)
            : ([], []);
        var settings = entries.TryGetValue("settings", out var settingsNode)
            ? SettingsReader.Read(source, settingsNode, $"{where}'s settings", SettingsReader.BlockKeys)
            : ExecutionSettings.None;

        var definition = new BlockDefinition(name, kind, file, upstream, settings)
        {
            Dynamic = entries.TryGetValue("dynamic", out var dynamicNode) && ReadFlag(source, dynamicNode, $"{where}'s dynamic"),
            ReduceOutput = entries.TryGetValue("reduce_output", out var reduceNode) && ReadFlag(source, reduceNode, $"{where}'s reduce_output"),
        };
        return new ParsedBlock(definition, nameNode, fileNode, upstreamNodes);
    }

    // "true" in quotes is taken too: nobody quoting it means the text.
    private static bool ReadFlag(YamlSource source, YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } text } && YamlScalars.ResolvePlain(text) is bool flag
            ? flag
            : throw source.Error(node, $"{what} must be true or false, not {YamlScalars.Describe(node)}");

    private static string ReadFile(YamlSource source, YamlNode node, string where)
    {
        var file = SettingsReader.ReadText(source, node, $"{where}'s file");
        var problem = ProjectPaths.Problem(file);
        if (problem is not null)
        {
            throw source.Error(node, $"{where}: file {file} {problem}");
        }

        file = ProjectPaths.Normalize(file);
        return file.EndsWith(".cs", StringComparison.Ordinal)
            ? file
            : throw source.Error(node, $"{where}: file {file} is not a C# file (.cs)");
    }

    private static (IReadOnlyList<string> Names, IReadOnlyList<YamlNode> Nodes) ReadUpstream(
        YamlSource source, YamlNode node, string where)
    {
        // A lone name is accepted for a single upstream block: `upstream: ingest`.
        List<YamlNode> items = node switch
        {
            YamlSequenceNode list => [.. list.Children],
            _ when YamlScalars.IsNull(node) => [],
            YamlScalarNode scalar => [scalar],
            _ => throw source.Error(node, $"{where}'s upstream must be a list of block names, not a mapping"),
        };

        var names = new List<string>(items.Count);
        foreach (var item in items)
        {
            var upstream = SettingsReader.ReadText(source, item, $"{where}'s upstream");
            if (names.Contains(upstream, StringComparer.Ordinal))
            {
                throw source.Error(item, $"{where} names upstream '{upstream}' twice");
            }

            names.Add(upstream);
        }

        return (names, items);
    }
}
