using Blazor.Diagrams.Core.Geometry;

using Bunit;

using Sluice.Core;
using Sluice.Server.Components.Editor;
using Sluice.Server.Components.Pages;
using Sluice.Server.Hosting;
using Sluice.Server.Tests.Support;
using Sluice.Server.Workspace;

namespace Sluice.Server.Tests.Components.Editor;

/// <summary>
/// A block that reuses a data product in the editor: the quickstart's daily totals, offered as the product
/// <c>totals</c> and reused by a pipeline <c>report</c>.
/// </summary>
public sealed class DataProductBlockTests : ComponentTest
{
    private string _folder = string.Empty;
    private ProjectWorkspace _workspace = default!;

    private ProjectHandle Project => _workspace.Projects.Single();

    [Fact]
    public void Render_ADataProductBlock_SaysWhatItReusesAndItsMaxAge_WithoutCodeEditorSaveOrUpstream()
    {
        var panel = RenderPanel();

        var summary = panel.Find("[data-testid=product-totals]").TextContent;
        Squash(summary).ShouldBe(
            "reuses block daily_totals of pipeline daily_sales (data product totals) · recomputed when older than 10m");
        panel.Find("[data-testid=product-pipeline-totals]").GetAttribute("href")
            .ShouldBe($"/projects/{Project.Key}/pipelines/daily_sales");
        panel.Find(".mud-chip").TextContent.Trim().ShouldBe("data product");
        panel.FindAll("[data-testid=preview-totals]").ShouldBeEmpty();
        panel.FindAll("[data-testid=editor-totals]").ShouldBeEmpty();
        panel.FindAll("[data-testid=save-totals]").ShouldBeEmpty();
        panel.FindAll("[data-testid=edit-upstream-totals]").ShouldBeEmpty();
        panel.FindAll("[data-testid=run-totals]").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Run_OnADataProductBlock_RecomputesTheProduct_AndShowsItsOutputAndWhy()
    {
        var panel = RenderPanel();

        await panel.Find("[data-testid=run-totals]").ClickAsync();

        panel.WaitForAssertion(
            () => panel.Find("[data-testid=output-totals-output_0] [data-testid=summary]").TextContent.ShouldContain("rows"),
            TimeSpan.FromSeconds(60));
        panel.FindAll("[data-testid=error-totals]").ShouldBeEmpty();
        var made = (await Project.Store.Runs.ListRunsAsync(new RunFilter(new PipelineId("daily_sales")), new PageRequest())).Items;
        made.ShouldHaveSingleItem().Status.ShouldBe(RunStatus.Completed);
        await panel.FindAll(".mud-tab").Single(tab => tab.TextContent.Trim().StartsWith("Logs", StringComparison.Ordinal)).ClickAsync();
        panel.Find("[data-testid=logs-totals]").TextContent.ShouldContain($"Data product totals: recomputed: run {made[0].Id} of daily_sales");
    }

    [Fact]
    public void Render_TheEditorPageOfAPipelineWithADataProductBlock_ShowsEveryBlock()
    {
        // The graph asks the browser for its size; loosely answered JavaScript would say null.
        Context.JSInterop.Setup<Rectangle>(_ => true).SetResult(new Rectangle(0, 0, 800, 600));
        var page = Context.Render<PipelineEditorPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.Pipeline, "report"));

        page.WaitForAssertion(() => page.FindAll("[data-block]").Select(b => b.GetAttribute("data-block")).ShouldBe(["totals", "count_rows"]));
        page.Find("[data-testid=product-totals]").TextContent.ShouldContain("daily_totals");
        page.Find("[data-testid=preview-count_rows]").TextContent.ShouldContain("CountRows");
        page.FindAll("[data-testid=pipeline-error]").ShouldBeEmpty();
    }

    protected override async Task SetUpAsync()
    {
        _folder = DataProductExample.Create();
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
            // SQLite's pool may hold the database a moment longer; a leftover temp folder harms nobody.
        }
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private IRenderedComponent<BlockPanel> RenderPanel()
    {
        var pipeline = Project.Project.LoadPipeline("report");
        return Context.Render<BlockPanel>(p => p
            .Add(c => c.Project, Project)
            .Add(c => c.Pipeline, pipeline)
            .Add(c => c.Block, pipeline.Blocks[0])
            .Add(c => c.Source, string.Empty));
    }
}
