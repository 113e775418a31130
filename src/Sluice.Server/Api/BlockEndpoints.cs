using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Server.Charts;
using Sluice.Server.Editor;
using Sluice.Server.Pipelines;
using Sluice.Server.Workspace;

namespace Sluice.Server.Api;

/// <summary>/api/projects/{project}/pipelines/{pipeline}/blocks: what the editor does to blocks, over HTTP.</summary>
internal static class BlockEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var blocks = api.MapGroup("/projects/{project}/pipelines/{pipeline}").WithTags("Editor");
        blocks.MapPost("/blocks", (string project, string pipeline, AddBlockRequest request, ProjectWorkspace workspace) =>
            Edit(workspace, project, pipeline, (definition, id) =>
            {
                if (!BlockKinds.TryParse(request.Kind, out var kind))
                {
                    throw new SluiceException($"'{request.Kind}' is not a block kind; use one of: {string.Join(", ", BlockKinds.Names)}");
                }

                ProjectScaffolder.AddBlock(definition, id, request.Name, kind, request.Upstream ?? []);
            })).WithSummary("Adds a block from its kind's template (the file is reused if it exists).");

        blocks.MapPatch("/blocks/{block}", (string project, string pipeline, string block, UpdateBlockRequest request, ProjectWorkspace workspace) =>
            Edit(workspace, project, pipeline, (definition, id) =>
            {
                if (request.Upstream is { } upstream)
                {
                    PipelineEditor.SetUpstream(definition, id, block, upstream);
                }

                if (request.Name is { } name && name != block)
                {
                    PipelineEditor.RenameBlock(definition, id, block, name);
                }
            })).WithSummary("Renames a block or sets its upstream blocks; a cycle or a taken name is refused.");

        blocks.MapDelete("/blocks/{block}", (string project, string pipeline, string block, ProjectWorkspace workspace) =>
            Edit(workspace, project, pipeline, (definition, id) => PipelineEditor.RemoveBlock(definition, id, block)))
            .WithSummary("Removes a block from the pipeline; its file stays.");

        blocks.MapGet("/blocks/{block}/source", (string project, string pipeline, string block, ProjectWorkspace workspace) =>
            workspace.Find(project) is not { } handle
                ? PipelineEndpoints.NoProject(project)
                : Results.Text(PipelineEditor.ReadBlockSource(handle.Project.Definition, new PipelineId(pipeline), block), "text/plain"))
            .WithSummary("A block's C# source.");

        blocks.MapPut("/blocks/{block}/source", (string project, string pipeline, string block, BlockSourceRequest request, ProjectWorkspace workspace) =>
            Edit(workspace, project, pipeline, (definition, id) => PipelineEditor.SaveBlockSource(definition, id, block, request.Source)))
            .WithSummary("Saves a block's C# source.");

        blocks.MapPut("/variables", (string project, string pipeline, VariablesRequest request, ProjectWorkspace workspace) =>
            Edit(workspace, project, pipeline, (definition, id) =>
                PipelineEditor.SetVariables(definition, id, JsonVariables.ToValues(request.Variables))))
            .WithSummary("Replaces the pipeline's global variables.");

        blocks.MapPut("/charts", (string project, string pipeline, ChartsRequest request, ProjectWorkspace workspace) =>
        {
            try
            {
                ChartService.Validate(request.Charts);
            }
            catch (FormatException e)
            {
                return Results.Problem(title: "Refused", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
            }

            return Edit(workspace, project, pipeline, (definition, id) => PipelineEditor.SaveCharts(definition, id, request.Charts));
        }).WithSummary("Replaces the pipeline's saved charts; a filter that does not read is refused.");

        blocks.MapPost("/blocks/{block}/run", async (
            string project, string pipeline, string block, StartRunRequest? request, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is not { } handle
                ? PipelineEndpoints.NoProject(project)
                : Results.Ok(await BlockRunner.RunAsync(handle, pipeline, block, JsonVariables.ToValues(request?.Variables), cancellationToken)))
            .WithSummary("Runs one block on the latest outputs of its upstream blocks and answers with its outputs, logs, tests or compile errors.");

        blocks.MapGet("/blocks/{block}/output", async (
            string project, string pipeline, string block, long? offset, int? limit, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            var latest = await BlockRunner.LatestOutputsAsync(handle, pipeline, block, offset ?? 0, Math.Clamp(limit ?? 20, 1, 1000), cancellationToken);
            return latest is { } found
                ? Results.Ok(new { run = found.Key.Run.Value, outputs = found.Outputs })
                : ApiResults.NotFound($"Block '{block}' of pipeline '{pipeline}' has no successful run with stored outputs.");
        }).WithSummary("The outputs of the block's latest successful run; tables one page at a time.");
    }

    private static IResult Edit(ProjectWorkspace workspace, string project, string pipeline, Action<ProjectDefinition, PipelineId> edit)
    {
        if (workspace.Find(project) is not { } handle)
        {
            return PipelineEndpoints.NoProject(project);
        }

        var id = new PipelineId(pipeline);
        if (!handle.Project.ListPipelines().Contains(id))
        {
            return PipelineEndpoints.NoPipeline(project, pipeline);
        }

        edit(handle.Project.Definition, id);
        return Results.Ok(PipelineView.Of(handle.Project.LoadPipeline(pipeline)));
    }
}
