using Microsoft.Extensions.DependencyInjection;

using Sluice.Server.Workspace;

namespace Sluice.Server.Hosting;

/// <summary>Holds the workspace, which opens after the container is built (opening projects is asynchronous).</summary>
internal sealed class WorkspaceHolder
{
    private ProjectWorkspace? _workspace;

    public ProjectWorkspace Workspace =>
        _workspace ?? throw new InvalidOperationException("The workspace is opened by SluiceServer.BuildAsync before the server starts.");

    public static void Set(IServiceProvider services, ProjectWorkspace workspace) =>
        services.GetRequiredService<WorkspaceHolder>()._workspace = workspace;
}
