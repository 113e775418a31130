using Bunit;

using Sluice.Core;
using Sluice.ML.Profiling;
using Sluice.Server.Components.Editor;
using Sluice.Server.Editor;
using Sluice.Server.Outputs;
using Sluice.Server.Runs;

namespace Sluice.Server.Tests.Components.Editor;

public sealed class BlockOutputPanelTests : ComponentTest
{
    private static readonly DateTimeOffset At = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1, "Tests (1/2 passed)")]
    [InlineData(2, 1, "Tests (2/3 passed)")]
    [InlineData(0, 2, "Tests (0/2 passed)")]
    public async Task Render_WithTestResults_TitlesTheTestsTabWithHowManyPassed(int passed, int failed, string title)
    {
        var project = await OpenExampleAsync();
        List<TestView> tests =
        [
            .. Enumerable.Range(0, passed).Select(i => new TestView($"passes_{i}", true, null)),
            .. Enumerable.Range(0, failed).Select(i => new TestView($"fails_{i}", false, "no")),
        ];

        var panel = Render(project, Report(BlockRunStatus.Failed, [], tests));

        Tabs(panel).ShouldBe(["Output", "Logs (1)", title, "Charts"]);
    }

    [Fact]
    public async Task ClickTestsTab_ShowsEachTestWithTheFailedOnesMessage()
    {
        var project = await OpenExampleAsync();
        var panel = Render(project, Report(BlockRunStatus.Failed, [], Tests()));

        await panel.FindAll(".mud-tab").Single(tab => tab.TextContent.Trim().StartsWith("Tests", StringComparison.Ordinal)).ClickAsync();

        var items = panel.FindAll("[data-testid=tests-clean_sales] .mud-list-item");
        items.Count.ShouldBe(3);
        Squash(items[0].TextContent).ShouldBe("output_is_not_empty");
        Squash(items[1].TextContent).ShouldBe("no_negative_amounts: 3 rows have a negative amount");
        items[0].QuerySelector(".mud-success-text").ShouldNotBeNull();
        items[1].QuerySelector(".mud-error-text").ShouldNotBeNull();
        items[1].QuerySelector(".mud-success-text").ShouldBeNull();
        Squash(items[2].TextContent).ShouldBe("stores_are_named");
    }

    [Fact]
    public async Task Render_WithoutTestResults_SaysNoTestsRan()
    {
        var project = await OpenExampleAsync();
        var panel = Render(project, Report(BlockRunStatus.Completed, [], []));

        Tabs(panel).ShouldContain("Tests");
        await panel.FindAll(".mud-tab").Single(tab => tab.TextContent.Trim() == "Tests").ClickAsync();

        panel.Markup.ShouldContain("No block tests ran.");
    }

    [Fact]
    public async Task Render_ShowsTheRunsStatusDurationAndTableOutput()
    {
        var project = await OpenExampleAsync();
        var table = new FramePage([new PageColumn("store", "string")], 3, 0, [["north"], ["south"], ["east"]]);
        var output = new OutputView("output_0", "DataFrame", "table", "3 rows x 1 columns", table, null);

        var panel = Render(project, Report(BlockRunStatus.Completed, [output], []));

        panel.Find("[data-status]").GetAttribute("data-status").ShouldBe("Completed");
        panel.Find("[data-testid=output-clean_sales]").TextContent.ShouldContain("250 ms");
        panel.Find("[data-testid=output-clean_sales-output_0] [data-testid=summary]").TextContent.ShouldBe("3 rows x 1 columns");
        panel.Find("[data-testid=row-count]").TextContent.Trim().ShouldBe("rows 1–3 of 3");
    }

    [Fact]
    public async Task Render_WhenTheBlockNeverRan_ShowsNothing()
    {
        var project = await OpenExampleAsync();

        var panel = Render(project, report: null);

        panel.Markup.Trim().ShouldBeEmpty();
    }

    private static List<TestView> Tests() =>
    [
        new("output_is_not_empty", Passed: true, Message: null),
        new("no_negative_amounts", Passed: false, Message: "3 rows have a negative amount"),
        new("stores_are_named", Passed: true, Message: null),
    ];

    private static BlockRunReport Report(BlockRunStatus status, IReadOnlyList<OutputView> outputs, IReadOnlyList<TestView> tests) => new(
        "clean_sales",
        Run: null,
        new BlockRunView("clean_sales", status, 1, At, At.AddMilliseconds(250), 0.25, status == BlockRunStatus.Failed ? "a test failed" : null),
        outputs,
        [new LogLineView("clean_sales", 1, At, "Information", "cleaned 10000 rows")],
        tests,
        [],
        Error: null);

    private static List<string> Tabs(IRenderedComponent<BlockOutputPanel> panel) =>
        [.. panel.FindAll(".mud-tab").Select(tab => tab.TextContent.Trim())];

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private IRenderedComponent<BlockOutputPanel> Render(ExampleProject project, BlockRunReport? report)
    {
        var pipeline = project.Pipeline("daily_sales");
        return Context.Render<BlockOutputPanel>(p => p
            .Add(c => c.Project, project.Handle)
            .Add(c => c.Pipeline, pipeline)
            .Add(c => c.Block, pipeline.FindBlock("clean_sales")!)
            .Add(c => c.Report, report));
    }
}
