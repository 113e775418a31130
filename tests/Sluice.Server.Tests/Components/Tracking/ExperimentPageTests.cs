using Bunit;

using Sluice.Server.Components.Pages;

namespace Sluice.Server.Tests.Components.Tracking;

public sealed class ExperimentPageTests : TrackingPageTest
{
    [Fact]
    public void Render_ShowsEachRunNewestFirst_WithAColumnPerParamAndMetric()
    {
        var page = Render();

        Names(page).ShouldBe(["diverged", "sdca", "lgbm-b", "lgbm-a"]);
        page.Find("[data-testid=experiment-name]").TextContent.ShouldBe("taxi-duration");
        page.FindAll("[data-testid=tracked-runs] thead th").Select(th => th.TextContent.Trim())
            .ShouldBe(["", "Run", "Status", "Started", "Duration", "Source", "learning_rate", "trainer", "rmse"]);
        var lgbmA = Row(page, "lgbm-a");
        lgbmA.QuerySelector("td[data-param=learning_rate]")!.TextContent.ShouldBe("0.1");
        lgbmA.QuerySelector("td[data-metric=rmse]")!.TextContent.ShouldBe("5.3");
        lgbmA.QuerySelector("[data-status]")!.GetAttribute("data-status").ShouldBe("Finished");
        Row(page, "diverged").QuerySelector("td[data-metric=rmse]")!.TextContent.ShouldBe("NaN");
        lgbmA.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/projects/{Project.Key}/tracked-runs/{Seed.Runs["lgbm-a"]}");
    }

    [Fact]
    public async Task SortByAMetricHeader_OrdersSmallestFirst_ThenLargestFirst_NaNLastBothWays()
    {
        var page = Render();

        await page.Find("[data-testid='sort-metrics.rmse']").ClickAsync();
        page.WaitForAssertion(() => Names(page).ShouldBe(["lgbm-b", "lgbm-a", "sdca", "diverged"]));
        await page.Find("[data-testid='sort-metrics.rmse']").ClickAsync();
        page.WaitForAssertion(() => Names(page).ShouldBe(["sdca", "lgbm-a", "lgbm-b", "diverged"]));
    }

    [Fact]
    public async Task SortByAParamHeader_OrdersItsValuesAsNumbers()
    {
        var page = Render();

        await page.Find("[data-testid='sort-params.learning_rate']").ClickAsync();

        page.WaitForAssertion(() => Names(page).ShouldBe(["lgbm-b", "lgbm-a", "sdca", "diverged"]));
    }

    [Fact]
    public async Task FilterByStatus_ShowsOnlyThoseRuns()
    {
        var page = Render();

        await ChooseAsync(page, "status-filter", "Failed");

        page.WaitForAssertion(() => Names(page).ShouldBe(["sdca"]));
    }

    [Fact]
    public async Task Compare_IsOffUntilTwoRunsAreSelected_ThenOpensTheCompareViewOfThem()
    {
        var page = Render();
        var compare = () => page.Find("[data-testid=compare]");
        compare().HasAttribute("disabled").ShouldBeTrue();

        await Row(page, "lgbm-a").QuerySelector("input[type=checkbox]")!.ChangeAsync(true);
        compare().HasAttribute("disabled").ShouldBeTrue();
        await Row(page, "sdca").QuerySelector("input[type=checkbox]")!.ChangeAsync(true);
        compare().TextContent.ShouldContain("Compare (2)");
        await compare().ClickAsync();

        var path = CurrentPath;
        path.ShouldStartWith($"/projects/{Project.Key}/experiments/{Seed.ExperimentId}/compare?runs=");
        path.Split("runs=")[1].Split([",", "%2C"], StringSplitOptions.None).ShouldBe([Seed.Runs["lgbm-a"], Seed.Runs["sdca"]], ignoreOrder: true);
    }

    [Fact]
    public void Render_ByName_FindsTheExperimentToo()
    {
        var page = Context.Render<ExperimentPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.Experiment, "baseline"));

        page.WaitForAssertion(() => page.FindAll("td[data-run]").Select(td => td.TextContent.Trim()).ShouldBe(["mean"]));
        page.FindAll("[data-testid=tracked-runs] thead th").Select(th => th.TextContent.Trim()).ShouldContain("r2");
    }

    private IRenderedComponent<ExperimentPage> Render()
    {
        var page = Context.Render<ExperimentPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.Experiment, Seed.ExperimentId));
        page.WaitForAssertion(() => page.FindAll("td[data-run]").Count.ShouldBe(4));
        return page;
    }

    private static List<string> Names(IRenderedComponent<ExperimentPage> page) =>
        [.. page.FindAll("td[data-run]").Select(td => td.TextContent.Trim())];

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<ExperimentPage> page, string run) =>
        page.FindAll("[data-testid=tracked-runs] tbody tr").Single(tr => tr.QuerySelector("td[data-run]")?.TextContent.Trim() == run);
}
