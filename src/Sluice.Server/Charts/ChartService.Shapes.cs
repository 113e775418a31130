using System.Globalization;

using Sluice.Core;
using Sluice.ML.Profiling;

namespace Sluice.Server.Charts;

public static partial class ChartService
{
    private static ChartData HistogramOf(ChartDefinition chart, Histogram histogram)
    {
        var labels = histogram.Bins.Select(b => histogram.IsDateTime
            ? $"{Stamp(Histogram.ToDateTime(b.Start))} – {Stamp(Histogram.ToDateTime(b.End))}"
            : $"{b.Start.ToString("G4", CultureInfo.InvariantCulture)} – {b.End.ToString("G4", CultureInfo.InvariantCulture)}").ToList();
        var series = new ChartSeries("bar", labels, [.. histogram.Bins.Select(b => (double)b.Count)], histogram.Column, "rows");
        return new ChartData(chart, chart.Title ?? $"Histogram of {histogram.Column}",
            $"{N(histogram.Counted)} rows in {histogram.Bins.Count} buckets; {N(histogram.LeftOut)} left out (filtered or missing)", series, null);
    }

    private static ChartData CountsOf(ChartDefinition chart, string shape, ValueCounts counts)
    {
        var series = new ChartSeries(shape, [.. counts.Top.Select(v => v.Value)], [.. counts.Top.Select(v => (double)v.Count)], chart.Column!, "rows");
        var title = chart.Title ?? $"{(shape == "pie" ? "Shares" : "Counts")} of {chart.Column}";
        return new ChartData(chart, title, $"top {counts.Top.Count} of {N(counts.Distinct)} values, {N(counts.Total)} rows", series, null);
    }

    private static ChartData MostFrequentOf(ChartDefinition chart, ValueCounts counts)
    {
        var rows = counts.Top.Select(v => (IReadOnlyList<string?>)
            [v.Value, N(v.Count), counts.Total == 0 ? "0%" : (100.0 * v.Count / counts.Total).ToString("0.0", CultureInfo.InvariantCulture) + "%"]).ToList();
        return new ChartData(chart, chart.Title ?? $"Most frequent values of {chart.Column}",
            $"{N(counts.Distinct)} distinct values in {N(counts.Total)} rows", null, new ChartTable(["value", "rows", "share"], rows));
    }

    private static ChartData TimeSeriesOf(ChartDefinition chart, TimeSeries series)
    {
        var points = new ChartSeries("line", [.. series.Points.Select(p => Stamp(p.Start))], [.. series.Points.Select(p => (double)p.Count)],
            series.Column, $"rows per {series.Bucket.ToString().ToLowerInvariant()}");
        return new ChartData(chart, chart.Title ?? $"Rows per {series.Bucket.ToString().ToLowerInvariant()} of {series.Column}",
            $"{N(series.Counted)} rows; {N(series.Missing + series.FilteredOut)} left out (filtered or missing)", points, null);
    }

    private static ChartData TableOf(ChartDefinition chart, FramePage page) =>
        new(chart, chart.Title ?? "Table", $"first {page.Rows.Count} of {N(page.TotalRows)} rows", null,
            new ChartTable([.. page.Columns.Select(c => $"{c.Name} ({c.Type})")], page.Rows));

    private static ChartData CountsTable(ChartDefinition chart, string title, string what, IReadOnlyList<ColumnCount> counts) =>
        new(chart, chart.Title ?? title, null, null, new ChartTable(
            ["column", "type", what, "share"],
            [.. counts.Select(c => (IReadOnlyList<string?>)[c.Column, c.Type, N(c.Count), c.Percent.ToString("0.##", CultureInfo.InvariantCulture) + "%"])]));

    private static ChartData SummaryOf(ChartDefinition chart, IReadOnlyList<ColumnSummary> summaries) =>
        new(chart, chart.Title ?? "Summary statistics", null, null, new ChartTable(
            ["column", "count", "mean", "std", "min", "25%", "50%", "75%", "max"],
            [.. summaries.Select(s => (IReadOnlyList<string?>)
                [s.Column, N(s.Count), D(s.Mean), D(s.Std), D(s.Min), D(s.Percentile25), D(s.Median), D(s.Percentile75), D(s.Max)])]));

    private static ChartData ProfilesOf(ChartDefinition chart, IReadOnlyList<FeatureProfile> profiles) =>
        new(chart, chart.Title ?? "Feature profiles", null, null, new ChartTable(
            ["column", "type", "count", "missing", "unique", "min", "max", "mean", "median", "mode"],
            [.. profiles.Select(p => (IReadOnlyList<string?>)
                [p.Column, p.Type, N(p.Count), N(p.Missing), N(p.Unique), p.Min, p.Max, D(p.Mean), D(p.Median), p.Mode])]));

    private static string Stamp(DateTime time) =>
        time.TimeOfDay == TimeSpan.Zero
            ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
