using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using Sluice.Server.Editor;
using Sluice.Server.Workspace;

namespace Sluice.Server.Api;

/// <summary>/api/projects/{project}/assist: the editor's C# help, for any client.</summary>
internal static class AssistEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var assist = api.MapGroup("/projects/{project}/assist").WithTags("Editor");
        assist.MapPost("/completions", async (string project, string file, AssistRequest request, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is not { } handle
                ? PipelineEndpoints.NoProject(project)
                : Results.Ok(await EditorAssist.CompleteAsync(handle, file, request.Source, request.Line, request.Column, cancellationToken)))
            .WithSummary("Completions at a line and column (from 1) of a block's text, as Roslyn gives them.");

        assist.MapPost("/diagnostics", async (string project, string file, AssistRequest request, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is not { } handle
                ? PipelineEndpoints.NoProject(project)
                : Results.Ok(await EditorAssist.DiagnoseAsync(handle, file, request.Source, cancellationToken)))
            .WithSummary("The errors and warnings the engine would report for a block's text, with ranges.");
    }
}
