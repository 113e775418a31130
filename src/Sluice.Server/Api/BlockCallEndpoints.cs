using System.Text.Json;

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

using Sluice.Core;
using Sluice.Server.Hosting;
using Sluice.Server.Runs;
using Sluice.Server.Serving;
using Sluice.Server.Workspace;

namespace Sluice.Server.Api;

/// <summary>
/// POST /api/runs: Mage's synchronous block run (the course's predict call). Runs one block, waits, and answers
/// with its outputs as JSON; a block that fails is a 422 carrying its error.
/// </summary>
internal static class BlockCallEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/runs", async (
            HttpRequest request, ProjectWorkspace workspace, IOptions<ServerOptions> options, CancellationToken cancellationToken) =>
        {
            var (body, bodyProblem) = await RequestBody.ReadJsonAsync(
                request, options.Value.MaxPredictionBodySize, "{\"pipeline\", \"block\", \"variables\"} as JSON", cancellationToken);
            if (body is null)
            {
                return bodyProblem!;
            }

            BlockCallRequest call;
            using (body)
            {
                call = BlockCallRequest.Read(body.Root);
            }

            var (project, problem) = FindProject(workspace, call);
            if (project is null)
            {
                return problem!;
            }

            if (!project.Project.ListPipelines().Contains(new PipelineId(call.Pipeline)))
            {
                return PipelineEndpoints.NoPipeline(project.Key, call.Pipeline);
            }

            var blocks = project.Project.LoadPipeline(call.Pipeline).Blocks;
            if (!blocks.Any(b => b.Name == call.Block))
            {
                return ApiResults.NotFound(
                    $"Pipeline '{call.Pipeline}' of project '{project.Key}' has no block '{call.Block}'; its blocks: {string.Join(", ", blocks.Select(b => b.Name))}.");
            }

            var result = await BlockCall.RunAsync(project, call, cancellationToken);
            return result.Completed
                ? Results.Ok(result)
                : Results.Problem(
                    title: "Block failed",
                    detail: result.Error,
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    extensions: new Dictionary<string, object?>
                    {
                        ["run_id"] = result.RunId, ["project"] = result.Project, ["pipeline"] = result.Pipeline,
                        ["block"] = result.Block, ["status"] = result.Status.ToString(),
                    });
        })
        .WithTags("Runs")
        .Accepts<JsonElement>("application/json")
        .Produces<BlockCallResult>()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .WithSummary("Runs one block on the latest outputs of its upstream blocks with the given variables and answers with its outputs (Mage's synchronous block run).");

    private static (ProjectHandle? Project, IResult? Problem) FindProject(ProjectWorkspace workspace, BlockCallRequest call)
    {
        if (call.Project is { } key)
        {
            return workspace.Find(key) is { } named ? (named, null) : (null, PipelineEndpoints.NoProject(key));
        }

        var projects = workspace.Projects;
        if (projects.Count == 1)
        {
            return (projects[0], null);
        }

        var having = projects.Where(p => p.Project.ListPipelines().Contains(new PipelineId(call.Pipeline))).ToList();
        return having.Count switch
        {
            1 => (having[0], null),
            0 => (null, ApiResults.NotFound(projects.Count == 0
                ? $"There is no pipeline '{call.Pipeline}': no project is open."
                : $"No open project has a pipeline '{call.Pipeline}'; open projects: {string.Join(", ", projects.Select(p => p.Key))}.")),
            _ => (null, ApiResults.BadRequest(
                $"Projects {string.Join(", ", having.Select(p => p.Key))} each have a pipeline '{call.Pipeline}'; name one in 'project'.")),
        };
    }
}
