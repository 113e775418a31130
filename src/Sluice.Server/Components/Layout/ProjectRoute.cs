using Microsoft.AspNetCore.Components;

using Sluice.Server.Workspace;

namespace Sluice.Server.Components.Layout;

/// <summary>Which project the current page belongs to: the <c>/projects/{key}/...</c> segment, else the first one.</summary>
internal static class ProjectRoute
{
    public static string Current(NavigationManager navigation, ProjectWorkspace workspace)
    {
        var path = navigation.ToBaseRelativePath(navigation.Uri).Split('?', '#')[0];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length >= 2 && segments[0] == "projects")
        {
            return Uri.UnescapeDataString(segments[1]);
        }

        return workspace.Projects.Count > 0 ? workspace.Projects[0].Key : string.Empty;
    }
}
