using Bunit;

using MudBlazor;
using MudBlazor.Services;

namespace Sluice.Server.Tests.Components;

/// <summary>
/// A bunit context set up as the editor's host sets up the browser: MudBlazor's services, a popover provider so
/// selects and menus have somewhere to open, JavaScript calls answered loosely (MudBlazor's, Plotly's). Example
/// projects a test opens are closed and deleted with it.
/// <para>
/// Drive events with bunit's async dispatchers (<c>ClickAsync</c>, <c>ChangeAsync</c>): the synchronous ones only
/// start a handler, and MudBlazor's inputs await inside theirs, so an assertion could run before the handler ends.
/// </para>
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

    public async Task InitializeAsync()
    {
        await SetUpAsync();
        Popovers = Context.Render<MudPopoverProvider>();
    }

    /// <summary>
    /// Runs before anything renders: the last chance to add services, which the first render fixes.
    /// </summary>
    protected virtual Task SetUpAsync() => Task.CompletedTask;

    /// <summary>Runs after the context is disposed: the place to close what <see cref="SetUpAsync"/> opened.</summary>
    protected virtual Task TearDownAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        // MudBlazor's services only dispose asynchronously.
        await Context.DisposeAsync();
        await TearDownAsync();
        foreach (var project in _projects)
        {
            await project.DisposeAsync();
        }
    }
}
