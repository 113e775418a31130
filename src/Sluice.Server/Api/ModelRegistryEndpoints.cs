using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

using Sluice.Core;
using Sluice.Server.Registry;
using Sluice.Server.Workspace;

namespace Sluice.Server.Api;

/// <summary>
/// /api/projects/{project}/models: registered models, their versions, registering a tracked run's model as a new
/// version, and setting (moving) or deleting aliases such as <c>champion</c>.
/// </summary>
internal static class ModelRegistryEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var models = api.MapGroup("/projects/{project}/models").WithTags("Models");
        models.MapGet("/", async (string project, string? search, int? page, int? size, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is { } handle
                ? Results.Ok(await ModelQueries.ListAsync(handle.Project, search, Paging.Of(page, size), cancellationToken))
                : PipelineEndpoints.NoProject(project))
            .WithSummary("One page of registered models by name (only names holding search, ignoring case, when given), with their aliases.");

        models.MapGet("/{model}", async (string project, string model, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is not { } handle ? PipelineEndpoints.NoProject(project)
            : await ModelQueries.FindAsync(handle.Project, model, cancellationToken) is { } found ? Results.Ok(found)
            : NoModel(project, model))
            .WithSummary("A registered model: its latest version number and its aliases.");

        models.MapGet("/{model}/versions", async (
            string project, string model, int? page, int? size, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is not { } handle ? PipelineEndpoints.NoProject(project)
            : await ModelQueries.FindAsync(handle.Project, model, cancellationToken) is null ? NoModel(project, model)
            : Results.Ok(await ModelQueries.VersionsAsync(handle.Project, model, Paging.Of(page, size), cancellationToken)))
            .WithSummary("One page of a model's versions, highest first, each with its tracked run, signature and aliases.");

        models.MapGet("/{model}/versions/{version}", async (
            string project, string model, string version, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            var selector = ModelVersionSelector.Parse(version);
            return await ModelQueries.FindVersionAsync(handle.Project, model, selector, cancellationToken) is { } found
                ? Results.Ok(found)
                : ApiResults.NotFound($"Model '{model}' has no version '{selector}'.");
        }).WithSummary("One version of a model, by number (3), alias (champion) or latest.");

        models.MapPost("/{model}/versions", async (
            string project, string model, RegisterModelVersionRequest request, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            if (string.IsNullOrWhiteSpace(request.TrackedRunId))
            {
                throw new SluiceException("trackedRunId is missing: give the id of the tracked run whose model to register.");
            }

            if (!TrackedRunId.TryParse(request.TrackedRunId, out var run))
            {
                throw new SluiceException($"trackedRunId '{request.TrackedRunId}' is not a tracked run id (32 hexadecimal digits).");
            }

            if (await handle.Store.Tracking.FindRunAsync(run, cancellationToken) is null)
            {
                return ApiResults.NotFound($"Project '{project}' has no tracked run '{run}' (trackedRunId).");
            }

            var registered = await ModelQueries.RegisterAsync(handle.Project, model, run.Value, request.Artifact, cancellationToken);
            return Results.Created($"/api/projects/{project}/models/{model}/versions/{registered.Version}", registered);
        }).WithSummary("Registers a tracked run's model folder (artifact, 'model' unless given) as the model's next version, with its signature.");

        models.MapPut("/{model}/aliases/{alias}", async (
            string project, string model, string alias, SetAliasRequest request, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
        {
            if (workspace.Find(project) is not { } handle)
            {
                return PipelineEndpoints.NoProject(project);
            }

            RegistryNames.CheckAlias(alias);
            if (request.Version is not { } version)
            {
                throw new SluiceException($"version is missing: give the version alias '{alias}' points at, such as {{\"version\": 2}}.");
            }

            return await ModelQueries.FindAsync(handle.Project, model, cancellationToken) is null
                ? NoModel(project, model)
                : Results.Ok(await ModelQueries.SetAliasAsync(handle.Project, model, alias, version, cancellationToken));
        }).WithSummary("Points an alias at a version, moving it when it pointed at another.");

        models.MapDelete("/{model}/aliases/{alias}", async (
            string project, string model, string alias, ProjectWorkspace workspace, CancellationToken cancellationToken) =>
            workspace.Find(project) is not { } handle ? PipelineEndpoints.NoProject(project)
            : await ModelQueries.FindAsync(handle.Project, model, cancellationToken) is null ? NoModel(project, model)
            : await ModelQueries.DeleteAliasAsync(handle.Project, model, alias, cancellationToken) ? Results.NoContent()
            : ApiResults.NotFound($"Model '{model}' has no alias '{alias}'."))
            .WithSummary("Removes an alias; the version it pointed at stays.");
    }

    private static IResult NoModel(string project, string model) =>
        ApiResults.NotFound($"Project '{project}' has no registered model '{model}'.");
}
