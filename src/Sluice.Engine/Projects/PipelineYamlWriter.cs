using System.Text;

using Sluice.Core;

namespace Sluice.Engine.Projects;

/// <summary>
/// Writes pipeline.yaml in the documented layout: one key per line, one block per list item, upstream and block
/// settings on one line each, one chart per list item with one key per line, so a change to one block or chart is a
/// change to its own lines in a diff. Comments of a hand-edited file are not kept.
/// </summary>
public static partial class PipelineYamlWriter
{
    /// <summary>The text of pipeline.yaml for <paramref name="pipeline"/>.</summary>
    public static string Write(PipelineDefinition pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var yaml = new StringBuilder();
        if (pipeline.Description is not null)
        {
            yaml.Append("description: ").AppendLine(YamlScalarWriter.FormatString(pipeline.Description));
        }

        if (pipeline.Variables.Count > 0)
        {
            yaml.AppendLine("variables:");
            foreach (var (name, value) in pipeline.Variables)
            {
                yaml.Append("  ").Append(YamlScalarWriter.FormatString(name)).Append(": ")
                    .AppendLine(YamlScalarWriter.Format(value));
            }
        }

        var settings = SettingsEntries(pipeline.Settings);
        if (settings.Count > 0)
        {
            yaml.AppendLine("settings:");
            foreach (var (key, value) in settings)
            {
                yaml.Append("  ").Append(key).Append(": ").AppendLine(value);
            }
        }

        if (pipeline.Blocks.Count == 0)
        {
            yaml.AppendLine("blocks: []");
        }
        else
        {
            yaml.AppendLine("blocks:");
            foreach (var block in pipeline.Blocks)
            {
                AppendBlock(yaml, block);
            }
        }

        AppendCharts(yaml, pipeline.Charts);
        return yaml.ToString();
    }

    /// <summary>
    /// Writes <paramref name="pipeline"/> to its <see cref="PipelineDefinition.SourcePath"/>, replacing the file in
    /// one step so a reader never sees half of it.
    /// </summary>
    public static void WriteFile(PipelineDefinition pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        Directory.CreateDirectory(Path.GetDirectoryName(pipeline.SourcePath)!);
        var temporary = pipeline.SourcePath + ".tmp";
        File.WriteAllText(temporary, Write(pipeline));
        File.Move(temporary, pipeline.SourcePath, overwrite: true);
    }

    private static void AppendBlock(StringBuilder yaml, BlockDefinition block)
    {
        yaml.Append("  - name: ").AppendLine(block.Name);
        if (block.DataProduct is { } product)
        {
            yaml.Append("    data_product: ").AppendLine(YamlScalarWriter.FormatString(product));
            return;
        }

        yaml.Append("    kind: ").AppendLine(BlockKinds.YamlName(block.Kind));
        if (block.Upstream.Count > 0)
        {
            yaml.Append("    upstream: [").Append(string.Join(", ", block.Upstream)).AppendLine("]");
        }

        if (block.SourcePath != BlockKinds.DefaultSourcePath(block.Kind, block.Name))
        {
            yaml.Append("    file: ").AppendLine(YamlScalarWriter.FormatString(block.SourcePath));
        }

        if (block.Dynamic)
        {
            yaml.AppendLine("    dynamic: true");
        }

        if (block.ReduceOutput)
        {
            yaml.AppendLine("    reduce_output: true");
        }

        var settings = SettingsEntries(block.Settings);
        if (settings.Count > 0)
        {
            yaml.Append("    settings: { ")
                .Append(string.Join(", ", settings.Select(s => $"{s.Key}: {s.Value}")))
                .AppendLine(" }");
        }
    }

    private static List<KeyValuePair<string, string>> SettingsEntries(ExecutionSettings settings)
    {
        var entries = new List<KeyValuePair<string, string>>();
        if (settings.Retries is { } retries)
        {
            entries.Add(new("retries", YamlScalarWriter.Format(retries)));
        }

        if (settings.RetryDelay is { } delay)
        {
            entries.Add(new("retry_delay", Durations.Format(delay)));
        }

        if (settings.Timeout is { } timeout)
        {
            entries.Add(new("timeout", Durations.Format(timeout)));
        }

        if (settings.Concurrency is { } concurrency)
        {
            entries.Add(new("concurrency", YamlScalarWriter.Format(concurrency)));
        }

        if (settings.PollInterval is { } poll)
        {
            entries.Add(new("poll_interval", Durations.Format(poll)));
        }

        return entries;
    }
}
