using Microsoft.AspNetCore.Http;

using Sluice.ML.Serving;
using Sluice.Server.Api;
using Sluice.Server.Workspace;

namespace Sluice.Server.Serving;

/// <summary>
/// Answers a predict or MLflow invocations request: resolves the model, reads the body within its limit, predicts
/// and writes <c>{"model", "version", "predictions"}</c> (predict) or MLflow's <c>{"predictions"}</c> (invocations).
/// Every mistake a caller can make is a 4xx with one message; the server goes on serving.
/// </summary>
internal static class ModelPredictions
{
    public static async Task<IResult> AnswerAsync(
        HttpRequest request, ProjectHandle project, string model, string? alias, int? version, bool invocations, long limit,
        CancellationToken cancellationToken)
    {
        if (Selector(alias, version) is not { } selector)
        {
            return ApiResults.BadRequest(
                alias is not null && version is not null ? "Give alias or version, not both."
                : alias is not null ? "The alias is empty; give ?alias=<name>, ?version=<number>, or neither for the latest version."
                : $"Version {version} is not a version number; versions count from 1.");
        }

        ServedModel served;
        try
        {
            served = await project.Models.GetAsync(model, selector, cancellationToken);
        }
        catch (ModelNotFoundException e)
        {
            return ApiResults.NotFound($"{e.Message} in project '{project.Key}'.");
        }
        catch (ModelLoadException e)
        {
            return Results.Problem(title: "Model cannot be served", detail: e.Message, statusCode: StatusCodes.Status500InternalServerError);
        }

        var (body, problem) = await RequestBody.ReadJsonAsync(request, limit, "the records as JSON", cancellationToken);
        if (body is null)
        {
            return problem!;
        }

        using (body)
        {
            try
            {
                return PredictionWriter.Write(served, body.Root, invocations);
            }
            catch (ModelInputException e)
            {
                return ApiResults.BadRequest(e.Message);
            }
        }
    }

    private static ModelSelector? Selector(string? alias, int? version) => (alias, version) switch
    {
        (not null, not null) => null,
        (not null, null) => string.IsNullOrWhiteSpace(alias) ? null : ModelSelector.ForAlias(alias),
        (null, { } number) => number >= 1 ? ModelSelector.ForVersion(number) : null,
        _ => ModelSelector.Latest,
    };
}
