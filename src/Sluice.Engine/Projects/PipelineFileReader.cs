using Sluice.Core;

using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>Reads and validates a pipeline.yaml: shape, names, upstream edges, cycles, block files and charts.</summary>
internal static class PipelineFileReader
{
    private static readonly IReadOnlyList<string> Keys = ["description", "variables", "settings", "blocks", "charts"];

    public static PipelineDefinition Read(ProjectDefinition project, PipelineId id, string path)
    {
        var source = YamlSource.Load(project.RootDirectory, path);
        string? description = null;
        IReadOnlyDictionary<string, object?> variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        var settings = ExecutionSettings.None;
        IReadOnlyList<ParsedBlock> blocks = [];
        IReadOnlyList<ParsedChart> charts = [];
        foreach (var (key, value) in YamlMaps.Entries(source, source.Root, ProjectPaths.PipelineFile, Keys))
        {
            switch (key.Value)
            {
                case "description":
                    description = YamlScalars.IsNull(value) ? null : SettingsReader.ReadText(source, value, "description");
                    break;
                case "variables":
                    variables = VariablesReader.Read(source, value);
                    break;
                case "settings":
                    settings = SettingsReader.Read(source, value, "settings", SettingsReader.RunKeys);
                    break;
                case "blocks":
                    blocks = ReadBlocks(source, value);
                    break;
                default:
                    charts = ChartsReader.Read(source, value);
                    break;
            }
        }

        Validate(project, source, blocks);
        ChartsReader.Validate(source, charts, [.. blocks.Select(b => b.Definition.Name)]);
        return new PipelineDefinition(id, description, [.. blocks.Select(b => b.Definition)], variables, settings, path)
        {
            Charts = [.. charts.Select(c => c.Definition)],
        };
    }

    private static List<ParsedBlock> ReadBlocks(YamlSource source, YamlNode node)
    {
        if (YamlScalars.IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            throw source.Error(node, $"blocks must be a list of blocks, not {YamlScalars.Describe(node)}");
        }

        var blocks = new List<ParsedBlock>(list.Children.Count);
        var names = new Dictionary<string, ParsedBlock>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            var block = BlockEntryReader.Read(source, item);
            if (names.TryGetValue(block.Definition.Name, out var first))
            {
                throw source.Error(
                    block.NameNode,
                    $"block name '{block.Definition.Name}' is used twice (first at line {first.NameNode.Start.Line})");
            }

            names.Add(block.Definition.Name, block);
            blocks.Add(block);
        }

        return blocks;
    }

    private static void Validate(ProjectDefinition project, YamlSource source, IReadOnlyList<ParsedBlock> blocks)
    {
        var names = blocks.Select(b => b.Definition.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.Definition.Upstream.Count; i++)
            {
                var upstream = block.Definition.Upstream[i];
                if (!names.Contains(upstream))
                {
                    throw source.Error(block.UpstreamNodes[i], PipelineErrors.UnknownUpstream(block.Definition.Name, upstream));
                }
            }
        }

        var cycle = CycleFinder.Find(blocks.Select(b => b.Definition).ToList());
        if (cycle is not null)
        {
            var start = blocks.First(b => b.Definition.Name == cycle[0]);
            throw source.Error(start.NameNode, PipelineErrors.Cycle(cycle));
        }

        foreach (var block in blocks)
        {
            if (block.Definition.DataProduct is not null)
            {
                DataProductEntryReader.Validate(project, source, block);
                continue;
            }

            var file = ProjectPaths.Absolute(project.RootDirectory, block.Definition.SourcePath);
            if (!File.Exists(file))
            {
                throw source.Error(
                    block.FileNode ?? block.NameNode,
                    $"block '{block.Definition.Name}': file {block.Definition.SourcePath} does not exist");
            }
        }
    }
}
