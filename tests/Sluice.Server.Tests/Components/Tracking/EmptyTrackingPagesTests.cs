using Bunit;

using Sluice.Server.Components.Pages;

namespace Sluice.Server.Tests.Components.Tracking;

public sealed class EmptyTrackingPagesTests : TrackingPageTest
{
    protected override bool Seeded => false;

    [Fact]
    public void Experiments_WhenNoneExist_SaysHowABlockStartsOne()
    {
        var page = Context.Render<ExperimentsPage>(p => p.Add(c => c.Project, Project.Key));

        page.WaitForAssertion(() => page.Find("[data-testid=experiments]").TextContent
            .ShouldContain("No experiments yet. A block starts one with context.Tracking.StartRunAsync(\"my-experiment\")."));
    }

    [Fact]
    public void Models_WhenNoneAreRegistered_SaysWhereToRegisterOne()
    {
        var page = Context.Render<ModelsPage>(p => p.Add(c => c.Project, Project.Key));

        page.WaitForAssertion(() => page.Find("[data-testid=models]").TextContent.ShouldContain("No registered models."));
    }

    [Fact]
    public void Experiment_ThatDoesNotExist_SaysSo()
    {
        var page = Context.Render<ExperimentPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.Experiment, "taxi"));

        page.WaitForAssertion(() => page.Find(".mud-alert").TextContent.Trim().ShouldBe("There is no experiment 'taxi'."));
    }

    [Fact]
    public void TrackedRun_ThatDoesNotExist_SaysSo()
    {
        var page = Context.Render<TrackedRunPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.RunId, "abc"));

        page.WaitForAssertion(() => page.Find(".mud-alert").TextContent.Trim().ShouldBe("There is no tracked run 'abc'."));
    }

    [Fact]
    public void Model_ThatIsNotRegistered_SaysSo_AndABadNameSaysWhy()
    {
        var missing = Context.Render<ModelPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.Model, "taxi"));
        var bad = Context.Render<ModelPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.Model, "-taxi"));

        missing.WaitForAssertion(() => missing.Find(".mud-alert").TextContent.Trim().ShouldBe("There is no registered model 'taxi'."));
        bad.WaitForAssertion(() => bad.Find(".mud-alert").TextContent.Trim().ShouldStartWith("Model name '-taxi' is not valid"));
    }
}
