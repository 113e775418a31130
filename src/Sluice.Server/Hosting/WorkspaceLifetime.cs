using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

using Sluice.Server.Workspace;

namespace Sluice.Server.Hosting;

/// <summary>
/// Opens the projects before the app starts serving (in <see cref="StartingAsync"/>, ahead of every hosted
/// service's start, the web server's included) and closes them, cancelling their runs, once it has stopped.
/// </summary>
internal sealed class WorkspaceLifetime(IOptions<ServerOptions> options, TimeProvider clock, WorkspaceHolder holder)
    : IHostedLifecycleService
{
    private ProjectWorkspace? _workspace;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        _workspace = await ProjectWorkspace.OpenAsync(options.Value, clock, cancellationToken);
        holder.Open(_workspace);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // A host can report "stopped" more than once (a test host stops it, then its entry point returns): close once.
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _workspace, null) is { } workspace)
        {
            await workspace.DisposeAsync();
        }
    }
}
