using Sluice.Server.Workspace;

namespace Sluice.Server.Hosting;

/// <summary>Holds the workspace, which opens when the app starts (opening projects is asynchronous).</summary>
internal sealed class WorkspaceHolder
{
    private ProjectWorkspace? _workspace;

    public ProjectWorkspace Workspace =>
        _workspace ?? throw new InvalidOperationException("The projects open when the server starts; start it first.");

    public void Open(ProjectWorkspace workspace) => _workspace = workspace;
}
