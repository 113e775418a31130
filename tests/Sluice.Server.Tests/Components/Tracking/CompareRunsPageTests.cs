using Bunit;

using Microsoft.AspNetCore.Components;

using Plotly.Blazor;
using Plotly.Blazor.Traces;

using Sluice.Server.Components.Pages;

namespace Sluice.Server.Tests.Components.Tracking;

public sealed class CompareRunsPageTests : TrackingPageTest
{
    [Fact]
    public void Render_ShowsTheRunsSideBySide_MarkingParamsThatDiffer()
    {
        var page = Render("lgbm-a", "lgbm-b");

        page.FindAll("[data-testid=compare-table] thead th").Select(th => th.TextContent.Trim()).ShouldBe(["", "lgbm-a", "lgbm-b"]);
        var rate = page.Find("tr[data-param=learning_rate]");
        rate.GetAttribute("data-differs").ShouldBe("true");
        rate.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ShouldBe(["params.learning_rate", "0.1", "0.05"]);
        page.Find("tr[data-param=trainer]").GetAttribute("data-differs").ShouldBe("false");
        page.Find("tr[data-metric=rmse]").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ShouldBe(["metrics.rmse", "5.3", "5.1"]);
    }

    [Fact]
    public void Render_PlotsTheFirstParamAgainstTheFirstMetric_AsNumbers_LeavingOutARunWithoutAValue()
    {
        var page = Render("lgbm-a", "lgbm-b", "diverged");

        page.Find("[data-testid=scatter]").GetAttribute("data-points").ShouldBe("2");
        page.Find("[data-testid=scatter-left-out]").TextContent.ShouldBe("Not plotted (no params.learning_rate or metrics.rmse): diverged");
        var trace = (Scatter)page.FindComponent<PlotlyChart>().Instance.Data.Single();
        trace.X.ShouldBe([0.1, 0.05]);
        trace.Y.ShouldBe([5.3, 5.1]);
        trace.HoverTextArray.ShouldBe(["lgbm-a", "lgbm-b"]);
    }

    [Fact]
    public async Task ChoosingATextParamForX_PlotsItsValuesAsCategories()
    {
        var page = Render("lgbm-a", "sdca");

        await ChooseAsync(page, "scatter-x", "params.trainer");

        page.WaitForAssertion(() => ((Scatter)page.FindComponent<PlotlyChart>().Instance.Data.Single()).X.ShouldBe(["lgbm", "sdca"]));
        page.FindComponent<PlotlyChart>().Instance.Layout.XAxis[0].Type.ShouldBe(Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Category);
    }

    [Fact]
    public void Render_AnIdThatIsNoTrackedRun_IsNamed_AndTheRestCompared()
    {
        var page = RenderWithQuery($"{Seed.Runs["lgbm-a"]},nope");

        page.Find(".mud-alert").TextContent.Trim().ShouldBe("There is no tracked run 'nope'.");
        page.FindAll("[data-testid=compare-table] thead th").Count.ShouldBe(2);
    }

    private IRenderedComponent<CompareRunsPage> Render(params string[] runs) =>
        RenderWithQuery(string.Join(',', runs.Select(r => Seed.Runs[r])));

    // The run ids come from the query string, as the experiment page's Compare button writes it.
    private IRenderedComponent<CompareRunsPage> RenderWithQuery(string runs)
    {
        var path = $"/projects/{Project.Key}/experiments/{Seed.ExperimentId}/compare?runs={Uri.EscapeDataString(runs)}";
        Context.Services.GetRequiredService<NavigationManager>().NavigateTo(path);
        return Context.Render<CompareRunsPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.Experiment, Seed.ExperimentId));
    }
}
