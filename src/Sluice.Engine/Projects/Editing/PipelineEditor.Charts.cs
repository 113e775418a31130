using Sluice.Core;

namespace Sluice.Engine.Projects;

public static partial class PipelineEditor
{
    /// <summary>
    /// Replaces the pipeline's charts with <paramref name="charts"/>, in that order. Blank text values count as
    /// unset. Refuses a chart naming a block the pipeline does not have, a kind that needs a column without one
    /// (histogram, bar, time series, pie, most frequent), buckets outside 1 to <see cref="ChartKinds.MaxBuckets"/>,
    /// a limit outside 1 to <see cref="ChartKinds.MaxLimit"/>, or an unknown time bucket.
    /// </summary>
    public static PipelineDefinition SaveCharts(ProjectDefinition project, PipelineId id, IReadOnlyList<ChartDefinition> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        lock (Gate)
        {
            var pipeline = Load(project, id);
            var blocks = pipeline.Blocks.Select(b => b.Name).ToList();
            var cleaned = new List<ChartDefinition>(charts.Count);
            foreach (var chart in charts)
            {
                ArgumentNullException.ThrowIfNull(chart);
                var clean = chart with
                {
                    Column = Blank(chart.Column),
                    Filter = Blank(chart.Filter),
                    TimeBucket = Blank(chart.TimeBucket),
                    Title = Blank(chart.Title),
                };
                if (ChartRules.Find(clean, blocks) is { } problem)
                {
                    throw new SluiceException($"{ChartRules.Subject(cleaned.Count + 1, clean)} {problem.Reason}");
                }

                cleaned.Add(clean);
            }

            return Save(project, pipeline with { Charts = cleaned });
        }
    }

    // Browser forms send "" for a field left empty.
    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
