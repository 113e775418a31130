using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

using Sluice.Server.Hosting;
using Sluice.Server.Serving;
using Sluice.Server.Workspace;

namespace Sluice.Server.Api;

/// <summary>
/// /api/projects/{project}/models/{name}: predictions from a registered model, by alias, version or latest, in
/// Sluice's shape (predict) and MLflow's (invocations); /api/models/{name}/... for the project that has it.
/// </summary>
internal static class ModelEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var models = api.MapGroup("/projects/{project}/models/{name}").WithTags("Models");
        Document(models.MapPost("/predict", (
            string project, string name, string? alias, int? version, HttpRequest request, ProjectWorkspace workspace,
            IOptions<ServerOptions> options, CancellationToken cancellationToken) =>
            workspace.Find(project) is { } handle
                ? ModelPredictions.AnswerAsync(request, handle, name, alias, version, invocations: false, options.Value.MaxPredictionBodySize, cancellationToken)
                : Task.FromResult(PipelineEndpoints.NoProject(project))))
            .Produces<PredictResponse>()
            .WithSummary("Predicts with the model (?alias=champion, ?version=3, or the latest version): the body is a JSON array of records or {\"records\": [...]}.");

        Document(models.MapPost("/invocations", (
            string project, string name, string? alias, int? version, HttpRequest request, ProjectWorkspace workspace,
            IOptions<ServerOptions> options, CancellationToken cancellationToken) =>
            workspace.Find(project) is { } handle
                ? ModelPredictions.AnswerAsync(request, handle, name, alias, version, invocations: true, options.Value.MaxPredictionBodySize, cancellationToken)
                : Task.FromResult(PipelineEndpoints.NoProject(project))))
            .Produces<InvocationsResponse>()
            .WithSummary("MLflow's scoring endpoint: dataframe_records, dataframe_split, instances or inputs; answers {\"predictions\": [...]}.");

        var shortModels = api.MapGroup("/models/{name}").WithTags("Models");
        Document(shortModels.MapPost("/predict", (
            string name, string? alias, int? version, HttpRequest request, ProjectWorkspace workspace,
            IOptions<ServerOptions> options, CancellationToken cancellationToken) =>
            AnswerAsync(request, workspace, name, alias, version, invocations: false, options.Value, cancellationToken)))
            .Produces<PredictResponse>()
            .WithSummary("As /api/projects/{project}/models/{name}/predict, for the only open project or the only one with that model.");

        Document(shortModels.MapPost("/invocations", (
            string name, string? alias, int? version, HttpRequest request, ProjectWorkspace workspace,
            IOptions<ServerOptions> options, CancellationToken cancellationToken) =>
            AnswerAsync(request, workspace, name, alias, version, invocations: true, options.Value, cancellationToken)))
            .Produces<InvocationsResponse>()
            .WithSummary("As /api/projects/{project}/models/{name}/invocations, for the only open project or the only one with that model.");
    }

    private static async Task<IResult> AnswerAsync(
        HttpRequest request, ProjectWorkspace workspace, string name, string? alias, int? version, bool invocations,
        ServerOptions options, CancellationToken cancellationToken)
    {
        var (project, problem) = await ModelProjects.FindAsync(workspace, name, cancellationToken);
        return project is null
            ? problem!
            : await ModelPredictions.AnswerAsync(request, project, name, alias, version, invocations, options.MaxPredictionBodySize, cancellationToken);
    }

    private static RouteHandlerBuilder Document(RouteHandlerBuilder endpoint) => endpoint
        .Accepts<JsonElement>("application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
