namespace Sluice.Server.Workspace;

/// <summary>An open project as the API and the project selector show it.</summary>
public sealed record ProjectView(string Key, string Name, string? Description, string Folder)
{
    /// <summary>The view of <paramref name="project"/>.</summary>
    public static ProjectView Of(ProjectHandle project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new(project.Key, project.Name, project.Project.Definition.Description, project.Root);
    }
}
