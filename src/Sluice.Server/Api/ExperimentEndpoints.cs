using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticFiles;

using Sluice.Core;
using Sluice.Sdk;
using Sluice.Server.Tracking;
using Sluice.Server.Workspace;

namespace Sluice.Server.Api;

/// <summary>
/// /api/projects/{project}/experiments and .../tracked-runs: experiments, their runs sorted by a metric, a param or
/// start time, one run with its metric histories, and its artifacts to download.
/// </summary>
internal static class ExperimentEndpoints
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void Map(RouteGroupBuilder api)
    {
        var experiments = api.MapGroup("/projects/{project}/experiments").WithTags("Experiments");
        experiments.MapGet("/", async (string project, int? page, int? size, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is { } handle
                ? Results.Ok(await ExperimentQueries.ListAsync(handle.Project, Paging.Of(page, size), cancellationToken))
                : PipelineEndpoints.NoProject(project))
            .WithSummary("One page of the project's experiments by name, each with its number of tracked runs.");

        experiments.MapGet("/{experiment}", async (string project, string experiment, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            return await ExperimentQueries.FindAsync(handle.Project, experiment, cancellationToken) is { } found
                ? Results.Ok(await ExperimentQueries.DetailsAsync(handle.Project, found, cancellationToken))
                : NoExperiment(project, experiment);
        }).WithSummary("An experiment (by id or name) with the param and metric keys its runs logged.");

        experiments.MapGet("/{experiment}/runs", async (
            string project, string experiment, string? sort, string? order, string? status, string? pipelineRun,
            int? page, int? size, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            if (await ExperimentQueries.FindAsync(handle.Project, experiment, cancellationToken) is not { } found)
            {
                return NoExperiment(project, experiment);
            }

            var filter = new TrackedRunFilter(found.Id, StatusOf(status))
            {
                OrderBy = OrderOf(sort, order),
                PipelineRun = string.IsNullOrWhiteSpace(pipelineRun) ? null : new RunId(pipelineRun.Trim()),
            };
            return Results.Ok(await ExperimentQueries.RunsAsync(handle.Project, filter, Paging.Of(page, size), cancellationToken));
        }).WithSummary(
            "One page of an experiment's tracked runs with params, latest metrics and tags. sort: metrics.<key> (or a bare "
            + "metric key), params.<key> or start_time; order: asc or desc (asc for metrics and params, desc for start time, "
            + "unless given). Newest first without sort.");

        var runs = api.MapGroup("/projects/{project}/tracked-runs").WithTags("Experiments");
        runs.MapGet("/{run}", async (string project, string run, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            return await ExperimentQueries.FindRunAsync(handle.Project, run, cancellationToken) is { } details
                ? Results.Ok(details)
                : NoTrackedRun(project, run);
        }).WithSummary("A tracked run with its params, metrics (each with its history by step), tags, artifacts and model folders.");

        runs.MapGet("/{run}/artifacts/{**name}", async (
            string project, string run, string? name, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            if (!TrackedRunId.TryParse(run, out var id) || await handle.Store.Tracking.FindRunAsync(id, cancellationToken) is not { } found)
            {
                return NoTrackedRun(project, run);
            }

            var path = await ExperimentQueries.ArtifactPathAsync(handle.Project, found, name ?? string.Empty, cancellationToken);
            if (path is null)
            {
                return ApiResults.NotFound($"Tracked run {found.Id} has no artifact '{name}'.");
            }

            var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
            return Results.File(path, type, Path.GetFileName(path));
        }).WithSummary("Downloads one artifact of a tracked run, by its name (model/model.zip); names cannot leave the run's folder.");
    }

    // Parsed here rather than bound, so a wrong value is answered with the values that are right.
    private static TrackedRunStatus? StatusOf(string? status) =>
        string.IsNullOrWhiteSpace(status) ? null
        : Enum.TryParse<TrackedRunStatus>(status.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            && !status.Trim().All(char.IsAsciiDigit) ? parsed
        : throw new SluiceException(
            $"status '{status}' is not a tracked run status; use {string.Join(", ", Enum.GetNames<TrackedRunStatus>())}.");

    // Without an order, metrics and params go smallest first (errors such as RMSE) and start time newest first.
    private static TrackedRunOrder? OrderOf(string? sort, string? order)
    {
        bool? descending = order?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "asc" => false,
            "desc" => true,
            _ => throw new SluiceException($"order '{order}' is neither asc nor desc."),
        };
        if (string.IsNullOrWhiteSpace(sort))
        {
            return descending is false ? TrackedRunOrder.ByStartTime(descending: false) : null;
        }

        var parsed = TrackedRunOrder.Parse(sort, descending ?? false);
        return parsed.By == TrackedRunSortKey.StartTime && descending is null ? TrackedRunOrder.ByStartTime() : parsed;
    }

    private static IResult NoExperiment(string project, string experiment) =>
        ApiResults.NotFound($"Project '{project}' has no experiment '{experiment}'.");

    private static IResult NoTrackedRun(string project, string run) =>
        ApiResults.NotFound($"Project '{project}' has no tracked run '{run}'.");
}
