using BlazorMonaco.Editor;

namespace Sluice.Server.Components.Editor;

/// <summary>
/// BlazorMonaco's editor, made safe to dispose while it is being created: BlazorMonaco 3.0 creates the Monaco editor
/// after its first render with a .NET reference it disposes on <see cref="Dispose"/>, so leaving the page while
/// editors were still appearing threw <see cref="ObjectDisposedException"/> there, which ended the whole circuit (the
/// next page included). An editor disposed before it was created has nothing left to create.
/// </summary>
public sealed class GuardedStandaloneCodeEditor : StandaloneCodeEditor
{
    private bool _disposed;

    public override void Dispose()
    {
        _disposed = true;
        base.Dispose();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_disposed)
        {
            return;
        }

        try
        {
            await base.OnAfterRenderAsync(firstRender);
        }
        catch (ObjectDisposedException) when (_disposed)
        {
            // Disposed while Monaco was creating it; see the summary.
        }
    }
}
