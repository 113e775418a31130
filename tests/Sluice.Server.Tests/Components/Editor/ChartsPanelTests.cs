using Bunit;

using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Server.Components.Editor;

namespace Sluice.Server.Tests.Components.Editor;

public sealed class ChartsPanelTests : ComponentTest
{
    private const string Pipeline = "data_preparation";

    private int _changes;

    [Fact]
    public async Task Add_WhenTheFilterIsMalformed_SaysWhereAndChangesNothing()
    {
        var project = await OpenExampleAsync("nyc-taxi");
        var before = File.ReadAllBytes(project.PipelineFile(Pipeline));
        var panel = Render(project, project.Pipeline(Pipeline));

        await ChooseColumnAsync(panel, "trip_distance");
        await panel.Find("[data-testid=chart-filter]").ChangeAsync("trip_distance <=");
        await panel.Find("[data-testid=chart-add]").ClickAsync();

        SnackbarMessages.ShouldBe([
            "Filter 'trip_distance <=' at column 17: expected a value after '<=' (a number, a quoted value, true or false), found the end of the expression",
        ]);
        File.ReadAllBytes(project.PipelineFile(Pipeline)).ShouldBe(before);
        _changes.ShouldBe(0);
    }

    [Fact]
    public async Task Add_AHistogramWithoutAColumn_ShowsTheEnginesMessageAndChangesNothing()
    {
        var project = await OpenExampleAsync("nyc-taxi");
        var before = File.ReadAllBytes(project.PipelineFile(Pipeline));
        var panel = Render(project, project.Pipeline(Pipeline));

        await panel.Find("[data-testid=chart-add]").ClickAsync();

        SnackbarMessages.ShouldBe(["chart 1 (histogram) needs a column: a histogram chart shows one column"]);
        File.ReadAllBytes(project.PipelineFile(Pipeline)).ShouldBe(before);
        _changes.ShouldBe(0);
    }

    [Fact]
    public async Task Add_AValidHistogram_SavesItToPipelineYaml()
    {
        var project = await OpenExampleAsync("nyc-taxi");
        var panel = Render(project, project.Pipeline(Pipeline));

        await ChooseColumnAsync(panel, "trip_distance");
        await panel.Find("[data-testid=chart-buckets]").ChangeAsync("50");
        await panel.Find("[data-testid=chart-filter]").ChangeAsync(" trip_distance <= 20 ");
        await panel.Find("[data-testid=chart-add]").ClickAsync();

        SnackbarMessages.ShouldBeEmpty();
        _changes.ShouldBe(1);
        File.ReadAllText(project.PipelineFile(Pipeline)).ShouldContain("filter: \"trip_distance <= 20\"");
        project.Pipeline(Pipeline).Charts.ShouldBe([
            new ChartDefinition("prepare", ChartKind.Histogram) { Column = "trip_distance", Buckets = 50, Filter = "trip_distance <= 20" },
        ]);
    }

    [Fact]
    public async Task Render_ShowsASavedChart_AndItsRemoveButtonDeletesIt()
    {
        var project = await OpenExampleAsync("nyc-taxi");
        var histogram = new ChartDefinition("prepare", ChartKind.Histogram) { Column = "trip_distance" };
        var other = new ChartDefinition("ingest", ChartKind.SummaryStatistics);
        var pipeline = PipelineEditor.SaveCharts(project.Handle.Project.Definition, new PipelineId(Pipeline), [other, histogram]);

        var panel = Render(project, pipeline);

        var chart = panel.Find("[data-testid=chart-0]");
        chart.GetAttribute("data-chart").ShouldBe("Histogram");
        chart.TextContent.ShouldContain("Block 'prepare' has no stored output yet: run it, then its charts are drawn.");
        panel.FindAll("[data-testid=chart-1]").ShouldBeEmpty();

        await chart.QuerySelector("button[aria-label='Remove chart']")!.ClickAsync();

        project.Pipeline(Pipeline).Charts.ShouldBe([other]);
        _changes.ShouldBe(1);
    }

    private async Task ChooseColumnAsync(IRenderedComponent<ChartsPanel> panel, string column)
    {
        await panel.Find("[data-testid=chart-column]").MouseDownAsync();
        await Popovers.WaitForElements(".mud-list-item").Single(item => item.TextContent.Trim() == column).ClickAsync();
    }

    private IRenderedComponent<ChartsPanel> Render(ExampleProject project, PipelineDefinition pipeline) =>
        Context.Render<ChartsPanel>(p => p
            .Add(c => c.Project, project.Handle)
            .Add(c => c.Pipeline, pipeline)
            .Add(c => c.Block, pipeline.FindBlock("prepare")!)
            .Add(c => c.Columns, ["lpep_pickup_datetime", "trip_distance", "duration"])
            .Add(c => c.PipelineChanged, () => _changes++));
}
