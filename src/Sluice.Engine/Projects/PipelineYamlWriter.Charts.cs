using System.Text;

using Sluice.Core;

namespace Sluice.Engine.Projects;

public static partial class PipelineYamlWriter
{
    // No `charts` key at all when there are none, so pipelines without charts read as they always did.
    private static void AppendCharts(StringBuilder yaml, IReadOnlyList<ChartDefinition> charts)
    {
        if (charts.Count == 0)
        {
            return;
        }

        yaml.AppendLine("charts:");
        foreach (var chart in charts)
        {
            yaml.Append("  - block: ").AppendLine(YamlScalarWriter.FormatString(chart.Block));
            yaml.Append("    type: ").AppendLine(ChartKinds.YamlName(chart.Kind));
            AppendText(yaml, "column", chart.Column);
            AppendNumber(yaml, "buckets", chart.Buckets);
            AppendText(yaml, "filter", chart.Filter);
            AppendText(yaml, "time_bucket", chart.TimeBucket);
            AppendNumber(yaml, "limit", chart.Limit);
            AppendText(yaml, "title", chart.Title);
        }
    }

    // The reader takes an empty value for a mistake, so empty text is written as no value.
    private static void AppendText(StringBuilder yaml, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            yaml.Append("    ").Append(key).Append(": ").AppendLine(YamlScalarWriter.FormatString(value));
        }
    }

    private static void AppendNumber(StringBuilder yaml, string key, int? value)
    {
        if (value is { } number)
        {
            yaml.Append("    ").Append(key).Append(": ").AppendLine(YamlScalarWriter.Format(number));
        }
    }
}
