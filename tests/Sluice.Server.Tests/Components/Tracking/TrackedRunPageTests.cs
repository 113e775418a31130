using Bunit;

using Microsoft.Extensions.Time.Testing;

using MudBlazor;

using Sluice.Core;
using Sluice.Engine.Tracking;
using Sluice.Server.Components.Pages;
using Sluice.Server.Components.Tracking;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Components.Tracking;

public sealed class TrackedRunPageTests : TrackingPageTest
{
    [Fact]
    public void Render_ShowsParamsMetricsAStepChartArtifactsAndTags()
    {
        var page = Render("lgbm-a");

        page.Find("[data-testid=tracked-run-name]").TextContent.ShouldBe("lgbm-a");
        page.Find("[data-testid=tracked-run-status] [data-status]").GetAttribute("data-status").ShouldBe("Finished");
        page.Find("[data-testid=run-experiment]").GetAttribute("href").ShouldBe($"/projects/{Project.Key}/experiments/{Seed.ExperimentId}");
        Cells(page, "params", "learning_rate").ShouldBe(["learning_rate", "0.1"]);
        Cells(page, "metrics", "rmse").ShouldBe(["rmse", "5.3", "3"]);
        var chart = page.FindComponent<MetricHistoryChart>();
        chart.Instance.Points.Select(p => (p.Step, p.Value)).ShouldBe([(0L, 6.0), (1L, 5.5), (2L, 5.3)]);
        page.FindAll("[data-testid=artifacts] tr[data-artifact] a").Select(a => a.GetAttribute("href")).ShouldBe(
        [
            $"/api/projects/{Project.Key}/tracked-runs/{Seed.Runs["lgbm-a"]}/artifacts/model/model.zip",
            $"/api/projects/{Project.Key}/tracked-runs/{Seed.Runs["lgbm-a"]}/artifacts/model/signature.json",
        ]);
        Cells(page, "tags", "owner").ShouldBe(["owner", "ana"]);
        page.FindAll("[data-testid=tracked-run-source]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_ARunWithOneValuePerMetric_DrawsNoStepChart_AndOffersNoModelToRegister()
    {
        var page = Render("sdca");

        page.FindComponents<MetricHistoryChart>().ShouldBeEmpty();
        page.FindAll("[data-testid^=register-]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Render_ARunABlockStarted_NamesTheBlockAndLinksToItsPipelineRun()
    {
        var pipelineRun = RunId.New();
        var tracker = new ExperimentTracker(
            Project.Store, Project.Project.Artifacts, new FakeTimeProvider(TrackingSeed.T0),
            new TrackedRunSource(pipelineRun, new PipelineId("training"), "train", 2));
        string id;
        await using (var run = await tracker.StartRunAsync("taxi-duration", "from-a-block"))
        {
            id = run.Id;
        }

        var page = Context.Render<TrackedRunPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.RunId, id));

        var source = page.Find("[data-testid=tracked-run-source]");
        System.Text.RegularExpressions.Regex.Replace(source.TextContent, @"\s+", " ").Trim()
            .ShouldBe($"Started by block train (attempt 2) of pipeline training, in run {pipelineRun.Value[..8]}.");
        page.Find("[data-testid=pipeline-run-link]").GetAttribute("href").ShouldBe($"/projects/{Project.Key}/runs/{pipelineRun}");
        Cells(page, "tags", "sluice.block").ShouldBe(["sluice.block", "train"]);
    }

    [Fact]
    public async Task Register_TheModelFolder_MakesTheNextVersion_AndOpensTheModel()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Render("lgbm-b");

        // Not awaited: the handler waits for the dialog's answer.
        _ = page.Find("[data-testid=register-model]").ClickAsync();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=register-model-name] input, input[data-testid=register-model-name]"));
        dialogs.Find("input").GetAttribute("value").ShouldBe("taxi-duration");
        await dialogs.Find("input").InputAsync(TrackingSeed.Model);
        await DialogButton(dialogs, "Register").ClickAsync();

        page.WaitForAssertion(() => CurrentPath.ShouldBe($"/projects/{Project.Key}/models/{TrackingSeed.Model}"));
        SnackbarMessages.ShouldBe([$"Registered version 3 of model '{TrackingSeed.Model}'."]);
        var version = (await Project.Store.Models.FindVersionAsync(TrackingSeed.Model, ModelVersionSelector.Latest)).ShouldNotBeNull();
        (version.Version, version.Run.Value).ShouldBe((3, Seed.Runs["lgbm-b"]));
    }

    [Fact]
    public async Task Register_UnderABadName_ShowsTheRuleInTheDialog_AndRegistersNothing()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Render("lgbm-b");

        _ = page.Find("[data-testid=register-model]").ClickAsync();
        dialogs.WaitForAssertion(() => dialogs.Find("input"));
        await dialogs.Find("input").InputAsync("taxi model");
        await DialogButton(dialogs, "Register").ClickAsync();

        dialogs.WaitForAssertion(() => dialogs.Find(".mud-input-helper-text").TextContent.ShouldStartWith("Model name 'taxi model' is not valid"));
        (await Project.Store.Models.FindModelAsync("taxi-duration")).ShouldBeNull();
        (await Project.Store.Models.FindModelAsync(TrackingSeed.Model)).ShouldNotBeNull().LatestVersion.ShouldBe(2);
    }

    private IRenderedComponent<TrackedRunPage> Render(string run) =>
        Context.Render<TrackedRunPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.RunId, Seed.Runs[run]));

    private static List<string> Cells(IRenderedComponent<TrackedRunPage> page, string table, string key) =>
        [.. page.Find($"[data-testid={table}] tr[data-key='{key}']").QuerySelectorAll("td").Select(td => td.TextContent.Trim())];
}
