using System.Globalization;

using Microsoft.Data.Analysis;

using Sluice.Core;
using Sluice.ML.Profiling;
using Sluice.Server.Workspace;

namespace Sluice.Server.Charts;

/// <summary>
/// Computes a saved chart on its block's latest stored table output. The aggregates are computed here, on the
/// server, so a chart of a million rows sends only its bins.
/// </summary>
public static partial class ChartService
{
    /// <summary>The data of <paramref name="chart"/> of pipeline <paramref name="pipeline"/>.</summary>
    /// <exception cref="SluiceException">The block has no stored table output.</exception>
    /// <exception cref="FormatException">The chart's filter or time bucket cannot be read.</exception>
    /// <exception cref="ArgumentException">The column does not exist or does not suit the chart.</exception>
    public static async Task<ChartData> ComputeAsync(
        ProjectHandle project, string pipeline, ChartDefinition chart, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(chart);
        var frame = await LatestFrameAsync(project, pipeline, chart.Block, cancellationToken);
        var filter = string.IsNullOrWhiteSpace(chart.Filter) ? null : RowFilter.Parse(chart.Filter);
        return chart.Kind switch
        {
            ChartKind.Histogram => HistogramOf(chart, FrameCharts.Histogram(frame, Column(chart), chart.Buckets ?? 20, filter)),
            ChartKind.Bar => CountsOf(chart, "bar", FrameCharts.ValueCounts(frame, Column(chart), chart.Limit ?? 20, filter)),
            ChartKind.Pie => CountsOf(chart, "pie", FrameCharts.ValueCounts(frame, Column(chart), chart.Limit ?? 10, filter)),
            ChartKind.MostFrequent => MostFrequentOf(chart, FrameCharts.ValueCounts(frame, Column(chart), chart.Limit ?? 10, filter)),
            ChartKind.TimeSeries => TimeSeriesOf(chart, FrameCharts.TimeSeries(
                frame, Column(chart), TimeBucket.Parse(chart.TimeBucket ?? "day"), filter)),
            ChartKind.Table => TableOf(chart, FramePreview.Page(filter?.Apply(frame) ?? frame, 0, chart.Limit ?? 20)),
            ChartKind.MissingValues => CountsTable(chart, "Missing values", "missing", FrameCharts.MissingValues(filter?.Apply(frame) ?? frame)),
            ChartKind.UniqueValues => CountsTable(chart, "Unique values", "unique", FrameCharts.UniqueValues(filter?.Apply(frame) ?? frame)),
            ChartKind.SummaryStatistics => SummaryOf(chart, FrameCharts.SummaryStatistics(filter?.Apply(frame) ?? frame)),
            ChartKind.FeatureProfiles => ProfilesOf(chart, FrameCharts.FeatureProfiles(filter?.Apply(frame) ?? frame)),
            _ => throw new SluiceException($"Chart kind {chart.Kind} is not known."),
        };
    }

    /// <summary>Checks what can be checked before saving: filters and time buckets read.</summary>
    /// <exception cref="FormatException">A filter or time bucket cannot be read; the message says where.</exception>
    public static void Validate(IEnumerable<ChartDefinition> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        foreach (var chart in charts)
        {
            if (!string.IsNullOrWhiteSpace(chart.Filter))
            {
                try
                {
                    RowFilter.Parse(chart.Filter);
                }
                catch (FilterSyntaxException e)
                {
                    throw new FormatException($"Filter '{chart.Filter}' {e.Message}", e);
                }
            }

            if (chart.TimeBucket is { } bucket)
            {
                TimeBucket.Parse(bucket);
            }
        }
    }

    private static async Task<DataFrame> LatestFrameAsync(ProjectHandle project, string pipeline, string block, CancellationToken cancellationToken)
    {
        var outputs = (await project.Outputs.LatestAsync(project.Store.Runs, new PipelineId(pipeline), block, cancellationToken))?.Outputs
            ?? throw new SluiceException($"Block '{block}' has no stored output yet: run it, then its charts are drawn.");
        return outputs.Select(o => o.Value).OfType<DataFrame>().FirstOrDefault()
            ?? throw new SluiceException($"Block '{block}' returns no table ({string.Join(", ", outputs.Select(o => o.DeclaredType.Name))}); charts draw tables.");
    }

    private static string Column(ChartDefinition chart) =>
        chart.Column ?? throw new SluiceException($"A {ChartLabels.Of(chart.Kind).ToLowerInvariant()} needs a column.");

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string D(double? value) => value is { } v ? v.ToString("G6", CultureInfo.InvariantCulture) : string.Empty;
}
