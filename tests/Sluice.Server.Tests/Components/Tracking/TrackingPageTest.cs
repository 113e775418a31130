using Bunit;

using Microsoft.AspNetCore.Components;

using MudBlazor;

using Sluice.Engine.Tests.Support;
using Sluice.Server.Hosting;
using Sluice.Server.Tests.Support;
using Sluice.Server.Workspace;

namespace Sluice.Server.Tests.Components.Tracking;

/// <summary>
/// A page test over a workspace holding a temp copy of the quickstart with <see cref="TrackingSeed"/>'s experiments,
/// runs and models in it (unless <see cref="Seeded"/> is false), as the server would serve it.
/// </summary>
public abstract class TrackingPageTest : ComponentTest
{
    private string _folder = string.Empty;
    private ProjectWorkspace _workspace = default!;

    protected ProjectHandle Project => _workspace.Projects.Single();

    protected SeededTracking Seed { get; private set; } = default!;

    /// <summary>False for a test that needs a project with no tracking yet.</summary>
    protected virtual bool Seeded => true;

    /// <summary>The path the page navigated to last.</summary>
    protected string CurrentPath => new Uri(Context.Services.GetRequiredService<NavigationManager>().Uri).PathAndQuery;

    protected override async Task SetUpAsync()
    {
        _folder = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "quickstart"));
        _workspace = await ProjectWorkspace.OpenAsync(new ServerOptions { Folder = _folder }, TimeProvider.System);
        Context.Services.AddSingleton(_workspace);
        if (Seeded)
        {
            Seed = await TrackingSeed.SeedAsync(Project.Project);
        }
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

    /// <summary>The button of the open dialog reading <paramref name="text"/>, once it shows.</summary>
    protected static AngleSharp.Dom.IElement DialogButton(IRenderedComponent<MudDialogProvider> dialogs, string text)
    {
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog button").Select(b => b.TextContent.Trim()).ShouldContain(text));
        return dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == text);
    }

    /// <summary>Opens the select marked <paramref name="testId"/> and picks the item reading <paramref name="item"/>.</summary>
    protected async Task ChooseAsync<T>(IRenderedComponent<T> host, string testId, string item)
        where T : IComponent
    {
        await host.Find($"[data-testid={testId}]").MouseDownAsync();
        await Popovers.WaitForElements(".mud-popover-open .mud-list-item").Single(i => i.TextContent.Trim() == item).ClickAsync();
    }
}
