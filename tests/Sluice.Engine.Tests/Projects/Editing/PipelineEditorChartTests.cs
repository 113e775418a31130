using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Tests.Projects.Editing;

public sealed class PipelineEditorChartTests : IDisposable
{
    private readonly EditorProject _project = new();

    public void Dispose() => _project.Dispose();

    public static TheoryData<ChartDefinition, string> RefusedCharts => new()
    {
        { new ChartDefinition("train", ChartKind.Table), "chart 2 (table) names block 'train', which is not a block of this pipeline; it has: ingest, prepare, build" },
        { new ChartDefinition("prepare", ChartKind.Histogram) { Column = "  " }, "chart 2 (histogram) needs a column: a histogram chart shows one column" },
        { new ChartDefinition("prepare", ChartKind.Bar), "chart 2 (bar) needs a column: a bar chart shows one column" },
        { new ChartDefinition("prepare", ChartKind.TimeSeries), "chart 2 (time_series) needs a column: a time_series chart shows one column" },
        { new ChartDefinition("prepare", ChartKind.Pie), "chart 2 (pie) needs a column: a pie chart shows one column" },
        { new ChartDefinition("prepare", ChartKind.MostFrequent), "chart 2 (most_frequent) needs a column: a most_frequent chart shows one column" },
        { new ChartDefinition("prepare", ChartKind.Histogram) { Column = "x", Buckets = 0 }, "chart 2 (histogram) has buckets 0; use 1 to 500" },
        { new ChartDefinition("prepare", ChartKind.Histogram) { Column = "x", Buckets = 501 }, "chart 2 (histogram) has buckets 501; use 1 to 500" },
        { new ChartDefinition("prepare", ChartKind.Table) { Limit = 0 }, "chart 2 (table) has limit 0; use 1 to 10000" },
        { new ChartDefinition("prepare", ChartKind.TimeSeries) { Column = "t", TimeBucket = "year" }, "chart 2 (time_series) has time_bucket 'year'; use one of: hour, day, week, month" },
        { new ChartDefinition("prepare", (ChartKind)99), "chart 2 has unknown type 99; use one of: histogram, bar, time_series, pie, table, missing_values, unique_values, most_frequent, summary_statistics, feature_profiles" },
    };

    [Fact]
    public void SaveCharts_ReplacesTheChartsInOrderAndTreatsBlankTextAsUnset()
    {
        var after = PipelineEditor.SaveCharts(_project.Project, _project.Id,
        [
            new ChartDefinition("build", ChartKind.FeatureProfiles) { Title = "", Filter = " " },
            new ChartDefinition("prepare", ChartKind.TimeSeries) { Column = "lpep_pickup_datetime", TimeBucket = "week", Title = "Trips per week" },
        ]);

        ChartDefinition[] expected =
        [
            new ChartDefinition("build", ChartKind.FeatureProfiles),
            new ChartDefinition("prepare", ChartKind.TimeSeries) { Column = "lpep_pickup_datetime", TimeBucket = "week", Title = "Trips per week" },
        ];
        after.Charts.ShouldBe(expected);
        _project.Pipeline.Charts.ShouldBe(expected);
        after.Blocks.Count.ShouldBe(3);
    }

    [Fact]
    public void SaveCharts_WhenEmpty_RemovesTheChartsKey()
    {
        PipelineEditor.SaveCharts(_project.Project, _project.Id, []).Charts.ShouldBeEmpty();

        File.ReadAllText(_project.PipelinePath).ShouldNotContain("charts");
    }

    [Theory]
    [MemberData(nameof(RefusedCharts))]
    public void SaveCharts_WhenAChartIsWrong_SaysWhichAndChangesNothing(ChartDefinition chart, string message)
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.SaveCharts(
                _project.Project, _project.Id, [new ChartDefinition("ingest", ChartKind.Table), chart]))
            .Message.ShouldBe(message);

        _project.Snapshot().ShouldBe(before);
    }
}
