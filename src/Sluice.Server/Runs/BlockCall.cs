using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Engine.Execution;
using Sluice.Server.Api;
using Sluice.Server.Outputs;
using Sluice.Server.Workspace;

namespace Sluice.Server.Runs;

/// <summary>
/// Runs one block for an API caller and waits for it, as the editor does (on the latest stored outputs of its
/// upstream blocks, with the given variables overriding the pipeline's), then gives its outputs as JSON.
/// </summary>
internal static class BlockCall
{
    public static async Task<BlockCallResult> RunAsync(ProjectHandle project, BlockCallRequest call, CancellationToken cancellationToken)
    {
        RunResult result;
        try
        {
            result = await project.Runs.RunAsync(
                new RunRequest(call.Pipeline) { Scope = RunScope.Only(call.Block), Variables = JsonVariables.ToValues(call.Variables) },
                cancellationToken);
        }
        catch (BlockCompilationException e)
        {
            return Failed(project, call, null, BlockRunStatus.Failed, e.Message);
        }

        var block = result.Blocks.FirstOrDefault(b => b.Run.Key.Block == call.Block);
        if (block?.Run.Status != BlockRunStatus.Completed)
        {
            return Failed(
                project, call, result.Run.Id.Value, block?.Run.Status ?? BlockRunStatus.Failed,
                block?.Run.Error ?? result.Run.Error ?? $"The run ended {result.Run.Status} before block '{call.Block}' ran.");
        }

        var outputs = await project.Outputs.GetAsync(block.Run.Key, cancellationToken);
        return new BlockCallResult(
            result.Run.Id.Value, project.Key, call.Pipeline, call.Block, BlockRunStatus.Completed, null, [.. outputs.Select(OutputJson.Of)]);
    }

    private static BlockCallResult Failed(ProjectHandle project, BlockCallRequest call, string? run, BlockRunStatus status, string error) =>
        new(run, project.Key, call.Pipeline, call.Block, status, error, []);
}
