using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Engine.Projects;
using Sluice.Server.Pipelines;
using Sluice.Server.Workspace;

namespace Sluice.Server.Api;

/// <summary>/api/projects/{project}/pipelines: list, create, read, delete and run pipelines.</summary>
internal static class PipelineEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var pipelines = api.MapGroup("/projects/{project}/pipelines").WithTags("Pipelines");
        pipelines.MapGet("/", async (string project, int? page, int? size, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is { } handle
                ? Results.Ok(await PipelineCatalog.ListAsync(handle, Paging.Of(page, size), cancellationToken))
                : NoProject(project))
            .WithSummary("One page of the project's pipelines, each with its latest run.");

        pipelines.MapPost("/", (string project, CreatePipelineRequest request, ProjectWorkspace workspace) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return NoProject(project);
            }

            var pipeline = ProjectScaffolder.CreatePipeline(handle.Project.Definition, new PipelineId(request.Name), request.Description);
            return Results.Created($"/api/projects/{project}/pipelines/{pipeline.Id}", PipelineView.Of(pipeline));
        }).WithSummary("Creates an empty pipeline.");

        pipelines.MapGet("/{pipeline}", (string project, string pipeline, ProjectWorkspace workspace) =>
            workspace.Find(project) is not { } handle ? NoProject(project)
            : !handle.Project.ListPipelines().Contains(new PipelineId(pipeline)) ? NoPipeline(project, pipeline)
            : Results.Ok(PipelineView.Of(handle.Project.LoadPipeline(pipeline))))
            .WithSummary("A pipeline's blocks, edges, variables and charts.");

        pipelines.MapDelete("/{pipeline}", (string project, string pipeline, ProjectWorkspace workspace) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return NoProject(project);
            }

            PipelineEditor.DeletePipeline(handle.Project.Definition, new PipelineId(pipeline));
            return Results.NoContent();
        }).WithSummary("Deletes a pipeline; its block files stay, since other pipelines may use them.");

        pipelines.MapPost("/{pipeline}/runs", async (
            string project, string pipeline, StartRunRequest? request, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return NoProject(project);
            }

            var id = await handle.Runs.StartAsync(
                new RunRequest(pipeline) { Variables = JsonVariables.ToValues(request?.Variables) }, cancellationToken);
            return Results.Accepted($"/api/projects/{project}/runs/{id}", new { id = id.Value });
        }).WithSummary("Runs the pipeline once (@once), in the background; answers with the run's id.");
    }

    internal static IResult NoProject(string project) => ApiResults.NotFound($"There is no open project '{project}'.");

    internal static IResult NoPipeline(string project, string pipeline) =>
        ApiResults.NotFound($"Project '{project}' has no pipeline '{pipeline}'.");
}
