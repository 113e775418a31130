using Bunit;

using Sluice.Server.Components.Pages;

namespace Sluice.Server.Tests.Components.Tracking;

public sealed class ExperimentsPageTests : TrackingPageTest
{
    [Fact]
    public void Render_ListsTheExperimentsByName_WithTheirRunCounts_EachLinkingToItsPage()
    {
        var page = Context.Render<ExperimentsPage>(p => p.Add(c => c.Project, Project.Key));

        page.WaitForAssertion(() => page.FindAll("[data-testid=experiments] tbody td[data-label=Runs]").Count.ShouldBe(2));
        var rows = page.FindAll("[data-testid=experiments] tbody tr");
        rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()).ShouldBe(["baseline", "taxi-duration"]);
        rows.Select(r => r.QuerySelector("td[data-label=Runs]")!.TextContent.Trim()).ShouldBe(["1", "4"]);
        rows[1].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/projects/{Project.Key}/experiments/{Seed.ExperimentId}");
    }

    [Fact]
    public void Render_WhenTheProjectIsNotOpen_SaysSo()
    {
        var page = Context.Render<ExperimentsPage>(p => p.Add(c => c.Project, "nope"));

        page.Find(".mud-alert").TextContent.Trim().ShouldBe("There is no open project 'nope'.");
    }
}
