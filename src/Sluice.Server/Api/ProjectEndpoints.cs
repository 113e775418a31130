using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using Sluice.Server.Workspace;

namespace Sluice.Server.Api;

/// <summary>/api/projects: the open projects, and creating one.</summary>
internal static class ProjectEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("Projects");
        projects.MapGet("/", (ProjectWorkspace workspace) =>
            workspace.Projects.Select(ProjectView.Of).ToList())
            .WithSummary("The open projects.");

        projects.MapPost("/", async (CreateProjectRequest request, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            var project = await workspace.CreateAsync(request.Name, cancellationToken);
            return Results.Created($"/api/projects/{project.Key}", ProjectView.Of(project));
        }).WithSummary("Creates a project in the server's projects folder and opens it.");
    }
}
