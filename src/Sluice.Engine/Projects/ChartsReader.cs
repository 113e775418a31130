using Sluice.Core;

using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>Reads the <c>charts</c> list of a pipeline.yaml and checks it against the pipeline's blocks.</summary>
internal static class ChartsReader
{
    private static readonly IReadOnlyList<string> Keys =
        ["block", "type", "column", "buckets", "filter", "time_bucket", "limit", "title"];

    public static IReadOnlyList<ParsedChart> Read(YamlSource source, YamlNode node)
    {
        if (YamlScalars.IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode list)
        {
            throw source.Error(node, $"charts must be a list of charts, not {YamlScalars.Describe(node)}");
        }

        return [.. list.Children.Select((item, i) => ReadChart(source, item, i + 1))];
    }

    public static void Validate(YamlSource source, IReadOnlyList<ParsedChart> charts, IReadOnlyList<string> blocks)
    {
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            if (ChartRules.Find(chart.Definition, blocks) is { } problem)
            {
                throw source.Error(
                    chart.Nodes.GetValueOrDefault(problem.Field) ?? chart.Node,
                    $"{ChartRules.Subject(i + 1, chart.Definition)} {problem.Reason}");
            }
        }
    }

    private static ParsedChart ReadChart(YamlSource source, YamlNode node, int number)
    {
        var entries = YamlMaps.Entries(source, node, $"chart {number}", Keys).ToDictionary(e => e.Key.Value!, e => e.Value);
        if (!entries.TryGetValue("type", out var typeNode))
        {
            throw source.Error(node, $"chart {number} has no type; use one of: {string.Join(", ", ChartKinds.Names)}");
        }

        var type = SettingsReader.ReadText(source, typeNode, $"chart {number}'s type");
        if (!ChartKinds.TryParse(type, out var kind))
        {
            throw source.Error(
                typeNode, $"chart {number} has unknown type '{type}'; use one of: {string.Join(", ", ChartKinds.Names)}");
        }

        var subject = $"chart {number} ({type})";
        if (!entries.TryGetValue("block", out var blockNode))
        {
            throw source.Error(node, $"{subject} has no block; name the block whose output it shows with 'block: <block name>'");
        }

        string? Text(string key) =>
            entries.TryGetValue(key, out var value) ? SettingsReader.ReadText(source, value, $"{subject}'s {key}") : null;

        // The range is ChartRules' to check, so the reader and the editor word it alike.
        int? Number(string key) =>
            entries.TryGetValue(key, out var value)
                ? SettingsReader.ReadInt(source, value, $"{subject}'s {key}", minimum: int.MinValue)
                : null;

        var chart = new ChartDefinition(SettingsReader.ReadText(source, blockNode, $"{subject}'s block"), kind)
        {
            Column = Text("column"),
            Buckets = Number("buckets"),
            Filter = Text("filter"),
            TimeBucket = Text("time_bucket"),
            Limit = Number("limit"),
            Title = Text("title"),
        };
        return new ParsedChart(chart, node, entries);
    }
}
