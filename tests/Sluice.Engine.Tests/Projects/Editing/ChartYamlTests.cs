using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Projects.Editing;

public sealed class ChartYamlTests
{
    private const string Path = "pipelines/p/pipeline.yaml";

    private const string Blocks = "blocks:\n  - name: a\n    kind: custom\n";

    [Fact]
    public void Write_PutsOneChartPerListItemWithOneKeyPerLine()
    {
        var pipeline = new PipelineDefinition(
            new PipelineId("p"),
            null,
            [new BlockDefinition("prepare", BlockKind.Transformer, "transformers/prepare.cs", [], ExecutionSettings.None)],
            new Dictionary<string, object?>(),
            ExecutionSettings.None,
            "/unused")
        {
            Charts =
            [
                new ChartDefinition("prepare", ChartKind.Histogram) { Column = "trip_distance", Buckets = 50, Filter = "trip_distance <= 20", Title = "Trip distance" },
                new ChartDefinition("prepare", ChartKind.TimeSeries) { Column = "lpep_pickup_datetime", TimeBucket = "day" },
                new ChartDefinition("prepare", ChartKind.MostFrequent) { Column = "PU_DO", Limit = 10 },
                new ChartDefinition("prepare", ChartKind.SummaryStatistics),
            ],
        };

        PipelineYamlWriter.Write(pipeline).ShouldBe("""
            blocks:
              - name: prepare
                kind: transformer
            charts:
              - block: prepare
                type: histogram
                column: trip_distance
                buckets: 50
                filter: "trip_distance <= 20"
                title: Trip distance
              - block: prepare
                type: time_series
                column: lpep_pickup_datetime
                time_bucket: day
              - block: prepare
                type: most_frequent
                column: PU_DO
                limit: 10
              - block: prepare
                type: summary_statistics

            """.ReplaceLineEndings());
    }

    [Fact]
    public void Write_WhenThereAreNoCharts_LeavesTheKeyOut()
    {
        using var project = new EditorProject();
        var pipeline = project.Pipeline with { Charts = [] };

        PipelineYamlWriter.Write(pipeline).ShouldNotContain("charts");
    }

    [Fact]
    public void Write_ThenLoad_GivesBackEveryChartOfEveryKind()
    {
        using var temp = new TempProject();
        temp.Write("custom/a.cs", "// a\n");
        List<ChartDefinition> charts =
        [
            .. Enum.GetValues<ChartKind>().Select(kind => new ChartDefinition("a", kind) { Column = "c" }),
            new ChartDefinition("a", ChartKind.Histogram)
            {
                Column = "fare: \"total\"",
                Buckets = 500,
                Filter = "payment_type == 'card' && tip > 0.5",
                TimeBucket = "month",
                Limit = 10_000,
                Title = "# not a comment\nsecond line",
            },
            new ChartDefinition("a", ChartKind.Table) { Buckets = 1, Limit = 1, TimeBucket = "hour", Column = "true" },
        ];
        var pipeline = new PipelineDefinition(
            new PipelineId("p"),
            null,
            [new BlockDefinition("a", BlockKind.Custom, "custom/a.cs", [], ExecutionSettings.None)],
            new Dictionary<string, object?>(),
            ExecutionSettings.None,
            System.IO.Path.Combine(temp.Root, "pipelines", "p", "pipeline.yaml"))
        {
            Charts = charts,
        };

        PipelineYamlWriter.WriteFile(pipeline);

        temp.LoadPipeline("p").Charts.ShouldBe(charts);
    }

    [Fact]
    public void Load_WhenThereIsNoChartsKey_HasNoCharts()
    {
        using var temp = new TempProject();
        temp.WritePipeline("p", Blocks, "custom/a.cs");

        temp.LoadPipeline("p").Charts.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("charts:\n  - block: a\n    type: table\n    colour: red\n",
        "7:5: unknown key 'colour' in chart 1; allowed keys: block, type, column, buckets, filter, time_bucket, limit, title")]
    [InlineData("charts:\n  - block: a\n    type: scatter\n",
        "6:11: chart 1 has unknown type 'scatter'; use one of: histogram, bar, time_series, pie, table, missing_values, unique_values, most_frequent, summary_statistics, feature_profiles")]
    [InlineData("charts:\n  - block: a\n",
        "5:5: chart 1 has no type; use one of: histogram, bar, time_series, pie, table, missing_values, unique_values, most_frequent, summary_statistics, feature_profiles")]
    [InlineData("charts:\n  - type: table\n",
        "5:5: chart 1 (table) has no block; name the block whose output it shows with 'block: <block name>'")]
    [InlineData("charts:\n  - block: a\n    type: table\n  - block: b\n    type: pie\n    column: x\n",
        "7:12: chart 2 (pie) names block 'b', which is not a block of this pipeline; it has: a")]
    [InlineData("charts:\n  - block: a\n    type: histogram\n",
        "5:5: chart 1 (histogram) needs a column: a histogram chart shows one column")]
    [InlineData("charts:\n  - block: a\n    type: histogram\n    column: x\n    buckets: 501\n",
        "8:14: chart 1 (histogram) has buckets 501; use 1 to 500")]
    [InlineData("charts:\n  - block: a\n    type: histogram\n    column: x\n    buckets: ten\n",
        "8:14: chart 1 (histogram)'s buckets must be a whole number, not 'ten'")]
    [InlineData("charts:\n  - block: a\n    type: table\n    limit: 0\n",
        "7:12: chart 1 (table) has limit 0; use 1 to 10000")]
    [InlineData("charts:\n  - block: a\n    type: time_series\n    column: t\n    time_bucket: year\n",
        "8:18: chart 1 (time_series) has time_bucket 'year'; use one of: hour, day, week, month")]
    [InlineData("charts:\n  - block: a\n    type: table\n    title:\n",
        "7:11: chart 1 (table)'s title needs a value, not nothing")]
    [InlineData("charts: a\n", "4:9: charts must be a list of charts, not 'a'")]
    [InlineData("charts:\n  - a\n", "5:5: chart 1 must be a mapping of keys to values, not 'a'")]
    public void Load_WhenAChartIsWrong_NamesFileLineAndProblem(string charts, string place)
    {
        using var temp = new TempProject();
        temp.WritePipeline("p", Blocks + charts, "custom/a.cs");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("p"));

        error.Message.ShouldBe($"{Path}:{place}");
    }
}
