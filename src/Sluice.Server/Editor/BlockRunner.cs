using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Engine.Execution;
using Sluice.Server.Outputs;
using Sluice.Server.Runs;
using Sluice.Server.Workspace;

namespace Sluice.Server.Editor;

/// <summary>
/// Runs one block from the editor, like a notebook cell: on the latest stored outputs of its upstream blocks,
/// compiling only what changed, and reports everything the editor shows under the block.
/// </summary>
public static class BlockRunner
{
    /// <summary>Runs <paramref name="block"/> of <paramref name="pipeline"/> and reports how it went.</summary>
    public static async Task<BlockRunReport> RunAsync(
        ProjectHandle project, string pipeline, string block, IReadOnlyDictionary<string, object?>? variables = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        RunResult result;
        try
        {
            result = await project.Runs.RunAsync(
                new RunRequest(pipeline) { Scope = RunScope.Only(block), Variables = variables ?? new Dictionary<string, object?>() },
                cancellationToken);
        }
        catch (BlockCompilationException e)
        {
            return Refused(block, e.Message, [.. e.Diagnostics.Select(ToProblem)]);
        }
        catch (SluiceException e)
        {
            return Refused(block, e.Message, []);
        }

        var blockResult = result.Blocks.FirstOrDefault(b => b.Run.Key.Block == block);
        var outputs = blockResult?.Run.Status == BlockRunStatus.Completed
            ? await OutputsOfAsync(project, blockResult.Run.Key, [.. result.Blocks.Select(b => b.Run)], 0, 20, cancellationToken)
            : [];
        var logs = await RunQueries.LogsAsync(project, result.Run.Id.Value, null, new PageRequest(1, 500), cancellationToken);
        return new BlockRunReport(
            block,
            RunView.Of(result.Run),
            blockResult is null ? null : BlockRunView.Of(blockResult.Run),
            outputs,
            logs.Items,
            blockResult is null ? [] : [.. blockResult.Tests.Select(t => new TestView(t.Name, t.Passed, t.Message))],
            [],
            blockResult?.Run.Error ?? result.Run.Error);
    }

    /// <summary>The outputs of the latest successful run of <paramref name="block"/>, or null when it never succeeded.</summary>
    public static async Task<(BlockKey Key, IReadOnlyList<OutputView> Outputs)?> LatestOutputsAsync(
        ProjectHandle project, string pipeline, string block, long offset = 0, int limit = 20, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (await project.Outputs.LatestAsync(project.Store.Runs, new PipelineId(pipeline), block, cancellationToken) is { } latest)
        {
            return (latest.Key, [.. latest.Outputs.Select(o => OutputDescriber.Describe(o, offset, limit))]);
        }

        // A block that runs once per item of a dynamic block stores nothing itself: its item runs do.
        var run = await project.Store.Runs.FindLatestCompletedBlockRunAsync(new PipelineId(pipeline), block, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var runBlocks = await project.Store.Runs.ListBlockRunsAsync(run.Key.Run, cancellationToken);
        return ItemRunsOf(run.Key, runBlocks).Count == 0
            ? null
            : (run.Key, await OutputsOfAsync(project, run.Key, runBlocks, offset, limit, cancellationToken));
    }

    /// <summary>
    /// The outputs block run <paramref name="key"/> stored; for a block that ran once per item, those of each item run,
    /// named <c>&lt;item&gt;.&lt;output&gt;</c>.
    /// </summary>
    private static async Task<IReadOnlyList<OutputView>> OutputsOfAsync(
        ProjectHandle project, BlockKey key, IReadOnlyList<BlockRun> runBlocks, long offset, int limit, CancellationToken cancellationToken)
    {
        var items = ItemRunsOf(key, runBlocks);
        if (items.Count == 0)
        {
            return [.. (await project.Outputs.GetAsync(key, cancellationToken)).Select(o => OutputDescriber.Describe(o, offset, limit))];
        }

        var views = new List<OutputView>();
        foreach (var item in items)
        {
            var name = item.Key.Block[(key.Block.Length + 1)..];
            var outputs = await project.Outputs.GetAsync(item.Key, cancellationToken);
            views.AddRange(outputs.Select(o => OutputDescriber.Describe(o with { Name = $"{name}.{o.Name}" }, offset, limit)));
        }

        return views;
    }

    private static List<BlockRun> ItemRunsOf(BlockKey key, IReadOnlyList<BlockRun> runBlocks) =>
        [.. runBlocks.Where(r => r.Status == BlockRunStatus.Completed && r.Key.Block.StartsWith(key.Block + ":", StringComparison.Ordinal))];

    internal static CodeProblem ToProblem(BlockDiagnostic diagnostic) => new(
        diagnostic.File, diagnostic.Line, diagnostic.Column,
        diagnostic.Severity == BlockDiagnosticSeverity.Error ? "error" : "warning", diagnostic.Id, diagnostic.Message);

    private static BlockRunReport Refused(string block, string error, IReadOnlyList<CodeProblem> problems) =>
        new(block, null, null, [], [], [], problems, error);
}
