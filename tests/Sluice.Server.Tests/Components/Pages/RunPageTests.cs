using Bunit;

using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Engine.Tests.Support;
using Sluice.Server.Components.Pages;
using Sluice.Server.Hosting;
using Sluice.Server.Workspace;

namespace Sluice.Server.Tests.Components.Pages;

public sealed class RunPageTests : ComponentTest
{
    private string _folder = string.Empty;
    private ProjectWorkspace _workspace = default!;

    private ProjectHandle Project => _workspace.Projects.Single();

    [Fact]
    public async Task Render_ARunWithADynamicBlock_ListsEachItemRunIndentedUnderItsBlock_WithItsOwnOutput()
    {
        var result = await Project.Runs.RunAsync(new RunRequest("fan"));
        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);

        var page = Context.Render<RunPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.RunId, result.Run.Id.Value));

        var rows = page.FindAll("[data-testid=run-blocks] tbody tr");
        rows.Select(r => r.GetAttribute("data-block")).ShouldBe(["models", "train", "train:sdca", "train:lgbm", "compare"]);
        rows.Select(r => r.QuerySelector("td")!.GetAttribute("style") is not null).ShouldBe([false, false, true, true, false]);
        rows.Select(r => r.QuerySelector("button") is not null).ShouldBe([true, false, true, true, true]);

        await rows[3].QuerySelector("button")!.ClickAsync();

        page.Markup.ShouldContain("Output of train:lgbm");
        page.Markup.ShouldContain("\"lgbm\"");
    }

    protected override async Task SetUpAsync()
    {
        _folder = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "quickstart"));
        DynamicProject.WriteInto(_folder);
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
}
