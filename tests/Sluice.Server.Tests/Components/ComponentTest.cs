using Bunit;

using MudBlazor;
using MudBlazor.Services;

namespace Sluice.Server.Tests.Components;

/// <summary>
/// A bunit context set up as the editor's host sets up the browser: MudBlazor's services, a popover provider so
/// selects and menus have somewhere to open, JavaScript calls answered loosely (MudBlazor's, Plotly's). Example
/// projects a test opens are closed and deleted with it.
/// </summary>
public abstract class ComponentTest : IAsyncLifetime
{
    private readonly List<ExampleProject> _projects = [];

    protected ComponentTest()
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
    }

    protected BunitContext Context { get; } = new();

    /// <summary>Where open selects and menus render their items.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    /// <summary>The messages the snackbar shows now.</summary>
    protected IReadOnlyList<string> SnackbarMessages =>
        [.. Context.Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message ?? string.Empty)];

    /// <summary>A temp copy of examples/<paramref name="example"/>, open, deleted after the test.</summary>
    protected async Task<ExampleProject> OpenExampleAsync(string example = "quickstart")
    {
        var project = await ExampleProject.OpenAsync(example);
        _projects.Add(project);
        return project;
    }

    public Task InitializeAsync()
    {
        Popovers = Context.Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        // MudBlazor's services only dispose asynchronously.
        await Context.DisposeAsync();
        foreach (var project in _projects)
        {
            await project.DisposeAsync();
        }
    }
}
