using Bunit;

using Microsoft.AspNetCore.Components;

using MudBlazor;

using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Engine.Tests.Support;
using Sluice.Server.Components.Pages;
using Sluice.Server.Hosting;
using Sluice.Server.Workspace;

namespace Sluice.Server.Tests.Components.Pages;

public sealed class PipelinesPageTests : ComponentTest
{
    private string _folder = string.Empty;
    private ProjectWorkspace _workspace = default!;

    private ProjectHandle Project => _workspace.Projects.Single();

    [Fact]
    public void Render_ListsThePipelines_ANeverRunOneSaysSo()
    {
        var page = Render();

        var row = LoadedRows(page, 1)[0];
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        cells[0].ShouldBe("daily_sales");
        cells[1].ShouldStartWith("Generate a month of synthetic shop sales");
        cells[2].ShouldBe("4");
        cells[3].ShouldBe("never run");
    }

    [Fact]
    public async Task Render_APipelineThatRan_ShowsItsLastRunsStatusInstead()
    {
        ProjectScaffolder.CreatePipeline(Project.Project.Definition, new PipelineId("weekly_sales"), "Totals per week.");
        await RecordRunAsync("weekly_sales", RunStatus.Failed);

        var page = Render();

        var rows = LoadedRows(page, 2);
        rows[0].QuerySelector("td")!.TextContent.Trim().ShouldBe("daily_sales");
        rows[0].TextContent.ShouldContain("never run");
        rows[1].QuerySelector("td")!.TextContent.Trim().ShouldBe("weekly_sales");
        rows[1].TextContent.ShouldNotContain("never run");
        rows[1].QuerySelector("[data-status]")!.GetAttribute("data-status").ShouldBe("Failed");
    }

    [Fact]
    public void Render_APipelineWhoseFileDoesNotLoad_ShowsItsError()
    {
        var broken = Path.Combine(_folder, "pipelines", "broken");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "pipeline.yaml"), "blocks: [unclosed\n");

        var page = Render();

        var row = LoadedRows(page, 2)[0];
        row.QuerySelector("td")!.TextContent.Trim().ShouldBe("broken");
        row.QuerySelector(".mud-error-text")!.TextContent.ShouldContain("pipeline.yaml");
    }

    [Fact]
    public async Task ClickRow_OpensThePipelinesEditor()
    {
        var page = Render();

        await LoadedRows(page, 1)[0].ClickAsync();

        new Uri(Context.Services.GetRequiredService<NavigationManager>().Uri).AbsolutePath
            .ShouldBe($"/projects/{Project.Key}/pipelines/daily_sales");
    }

    [Fact]
    public async Task Delete_WhenConfirmed_DeletesThePipelineFileAndRelistsThem()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Render();

        // Not awaited: the handler waits for the answer to the dialog.
        LoadedRows(page, 1)[0].QuerySelector("[data-testid=delete-daily_sales]")!.Click();
        await DialogButton(dialogs, "Delete").ClickAsync();

        page.WaitForAssertion(() => SnackbarMessages.ShouldBe(["Deleted pipeline 'daily_sales'."]));
        File.Exists(Path.Combine(_folder, "pipelines", "daily_sales", "pipeline.yaml")).ShouldBeFalse();
        File.Exists(Path.Combine(_folder, "transformers", "clean_sales.cs")).ShouldBeTrue();
        page.WaitForAssertion(() => page.Find("[data-testid=pipelines]").TextContent.ShouldContain("No pipelines yet."));
    }

    [Fact]
    public async Task Delete_WhenCancelled_KeepsThePipeline()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var page = Render();
        var file = Path.Combine(_folder, "pipelines", "daily_sales", "pipeline.yaml");
        var before = File.ReadAllBytes(file);

        LoadedRows(page, 1)[0].QuerySelector("[data-testid=delete-daily_sales]")!.Click();
        await DialogButton(dialogs, "Cancel").ClickAsync();
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog").ShouldBeEmpty());

        File.ReadAllBytes(file).ShouldBe(before);
        SnackbarMessages.ShouldBeEmpty();
        LoadedRows(page, 1)[0].QuerySelector("td")!.TextContent.Trim().ShouldBe("daily_sales");
    }

    [Fact]
    public void Render_WhenTheProjectIsNotOpen_SaysSo()
    {
        var page = Context.Render<PipelinesPage>(p => p.Add(c => c.Project, "nope"));

        page.Find(".mud-alert").TextContent.Trim().ShouldBe("There is no open project 'nope'.");
        page.FindAll("[data-testid=pipelines]").ShouldBeEmpty();
    }

    protected override async Task SetUpAsync()
    {
        _folder = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "quickstart"));
        _workspace = await ProjectWorkspace.OpenAsync(new ServerOptions { Folder = _folder }, TimeProvider.System);
        Context.Services.AddSingleton(_workspace);
    }

    protected override async Task TearDownAsync()
    {
        await _workspace.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    // The table loads its rows after the first render; until then it shows a loading or "no pipelines" row.
    private static IReadOnlyList<AngleSharp.Dom.IElement> LoadedRows(IRenderedComponent<PipelinesPage> page, int count)
    {
        page.WaitForAssertion(() => page.FindAll("[data-testid=pipelines] tbody tr td[data-label=Blocks]").Count.ShouldBe(count));
        return [.. page.FindAll("[data-testid=pipelines] tbody tr")];
    }

    private static AngleSharp.Dom.IElement DialogButton(IRenderedComponent<MudDialogProvider> dialogs, string text)
    {
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog button").Select(b => b.TextContent.Trim()).ShouldContain(text));
        return dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == text);
    }

    private IRenderedComponent<PipelinesPage> Render() =>
        Context.Render<PipelinesPage>(p => p.Add(c => c.Project, Project.Key));

    private async Task RecordRunAsync(string pipeline, RunStatus status)
    {
        var id = RunId.New();
        var at = DateTimeOffset.UtcNow;
        await Project.Store.Runs.AppendAsync(new RunCreated(id, at, new PipelineId(pipeline), "v1", new Dictionary<string, string>(), []));
        await Project.Store.Runs.AppendAsync(new RunStarted(id, at));
        await Project.Store.Runs.AppendAsync(new RunEnded(id, at, status, status == RunStatus.Failed ? "it broke" : null));
    }
}
