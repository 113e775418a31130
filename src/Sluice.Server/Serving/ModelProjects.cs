using Microsoft.AspNetCore.Http;

using Sluice.Server.Api;
using Sluice.Server.Workspace;

namespace Sluice.Server.Serving;

/// <summary>
/// Which project the short model URLs (<c>/api/models/{name}/...</c>) mean: the only open project, or the only one
/// that has the model. Anything else is answered with the projects to choose from.
/// </summary>
internal static class ModelProjects
{
    public static async Task<(ProjectHandle? Project, IResult? Problem)> FindAsync(
        ProjectWorkspace workspace, string model, CancellationToken cancellationToken)
    {
        var projects = workspace.Projects;
        if (projects.Count == 1)
        {
            return (projects[0], null);
        }

        if (projects.Count == 0)
        {
            return (null, ApiResults.NotFound($"There is no registered model '{model}': no project is open."));
        }

        var having = new List<ProjectHandle>();
        foreach (var project in projects)
        {
            if (await project.Models.HasModelAsync(model, cancellationToken))
            {
                having.Add(project);
            }
        }

        return having.Count switch
        {
            1 => (having[0], null),
            0 => (null, ApiResults.NotFound(
                $"No open project has a registered model '{model}'; open projects: {string.Join(", ", projects.Select(p => p.Key))}.")),
            _ => (null, ApiResults.BadRequest(
                $"Projects {string.Join(", ", having.Select(p => p.Key))} each have a model '{model}'; choose one: /api/projects/{{project}}/models/{model}/...")),
        };
    }
}
