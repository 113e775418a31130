using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using Sluice.Core;
using Sluice.Server.Charts;
using Sluice.Server.Workspace;

namespace Sluice.Server.Api;

/// <summary>/api/projects/{project}/pipelines/{pipeline}/charts: saved charts' data, computed on the server.</summary>
internal static class ChartEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var charts = api.MapGroup("/projects/{project}/pipelines/{pipeline}/charts").WithTags("Charts");
        charts.MapGet("/{index:int}", async (string project, string pipeline, int index, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            var saved = handle.Project.LoadPipeline(pipeline).Charts;
            return index < 0 || index >= saved.Count
                ? ApiResults.NotFound($"Pipeline '{pipeline}' has {saved.Count} charts; there is no chart {index}.")
                : await ComputeAsync(handle, pipeline, saved[index], cancellationToken);
        }).WithSummary("The data of a saved chart (by its position in pipeline.yaml), on its block's latest output.");

        charts.MapPost("/preview", async (string project, string pipeline, ChartDefinition chart, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is not { } handle
                ? PipelineEndpoints.NoProject(project)
                : await ComputeAsync(handle, pipeline, chart, cancellationToken))
            .WithSummary("The data of a chart that is not saved, on its block's latest output.");
    }

    private static async Task<IResult> ComputeAsync(ProjectHandle handle, string pipeline, ChartDefinition chart, CancellationToken cancellationToken)
    {
        try
        {
            return Results.Ok(await ChartService.ComputeAsync(handle, pipeline, chart, cancellationToken));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return Results.Problem(title: "Refused", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
