using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using Sluice.Core;
using Sluice.Server.Runs;
using Sluice.Server.Workspace;

namespace Sluice.Server.Api;

/// <summary>/api/projects/{project}/runs: run history, logs, cancelling and retrying.</summary>
internal static class RunEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/projects/{project}/runs").WithTags("Runs");
        runs.MapGet("/", async (
            string project, string? pipeline, RunStatus? status, int? page, int? size, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is { } handle
                ? Results.Ok(await RunQueries.ListAsync(handle, pipeline, status, Paging.Of(page, size), cancellationToken))
                : PipelineEndpoints.NoProject(project))
            .WithSummary("One page of runs, newest first, optionally of one pipeline and one status.");

        runs.MapGet("/{run}", async (string project, string run, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            return await RunQueries.FindAsync(handle, run, cancellationToken) is { } details
                ? Results.Ok(details)
                : NoRun(project, run);
        }).WithSummary("A run with every block's status, attempts, timing and error.");

        runs.MapGet("/{run}/logs", async (
            string project, string run, string? block, int? page, int? size, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is { } handle
                ? Results.Ok(await RunQueries.LogsAsync(handle, run, block, Paging.Of(page, size), cancellationToken))
                : PipelineEndpoints.NoProject(project))
            .WithSummary("One page of a run's log lines (of one block when given), oldest first.");

        runs.MapPost("/{run}/cancel", async (string project, string run, ProjectWorkspace workspace) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            return await handle.Runs.CancelAsync(new RunId(run))
                ? Results.Accepted($"/api/projects/{project}/runs/{run}")
                : Results.Problem(
                    title: "Not running", detail: $"Run {run} is not running in this server.", statusCode: StatusCodes.Status409Conflict);
        }).WithSummary("Cancels a running run; its blocks see their token cancelled and the run ends Cancelled.");

        runs.MapPost("/{run}/retry", async (string project, string run, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            if (await RunQueries.FindAsync(handle, run, cancellationToken) is not { } details)
            {
                return NoRun(project, run);
            }

            var retried = await RunRetry.StartAsync(handle, details, cancellationToken);
            return Results.Accepted($"/api/projects/{project}/runs/{retried}", new { id = retried.Value });
        }).WithSummary("Runs the first failed block of a run and everything downstream of it, on the stored outputs of the rest.");
    }

    private static IResult NoRun(string project, string run) => ApiResults.NotFound($"Project '{project}' has no run '{run}'.");
}
