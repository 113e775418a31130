using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Engine.Outputs;

namespace Sluice.Engine.Execution;

/// <summary>Planning what is particular to dynamic blocks: their result's shape, and stored per-item outputs.</summary>
internal sealed partial class RunPlanner
{
    private static void CheckDynamicShapes(IEnumerable<BlockDefinition> blocks, CompiledProject compiled)
    {
        foreach (var block in blocks.Where(b => b.Dynamic))
        {
            if (DynamicBinding.ShapeProblem(compiled[block.Name]) is { } problem)
            {
                throw new SluiceException(problem, new SourceLocation(block.SourcePath));
            }
        }
    }

    /// <summary>
    /// Stored outputs of the per-item blocks this run does not execute but reads: for a block that runs once per item
    /// too, each item's own (the items its dynamic block last returned, loaded before this); for a reducing block, the
    /// lists of its latest successful run.
    /// </summary>
    private async Task LoadPerItemOutputsAsync(
        PipelineDefinition pipeline,
        DynamicLanes lanes,
        IReadOnlyList<string> feeding,
        CompiledProject compiled,
        Dictionary<string, IReadOnlyList<object?>> preloaded,
        CancellationToken cancellationToken)
    {
        // Checked here, so that stored items a block cannot be run for fail the plan and not the run.
        var itemsOf = feeding.Where(name => compiled[name].Definition.Dynamic)
            .ToDictionary(name => name, name => DynamicItems.From(name, preloaded[name][0]), StringComparer.Ordinal);
        foreach (var name in feeding)
        {
            if (lanes.RootOf(name) is not { } root)
            {
                continue;
            }

            var block = compiled[name];
            if (block.Definition.ReduceOutput)
            {
                preloaded[name] = await LoadLatestReducedAsync(pipeline, block, cancellationToken);
                continue;
            }

            // Scopes run a block with its descendants, so a per-item block read here has its dynamic block unexecuted too.
            var items = itemsOf.TryGetValue(root, out var rootItems)
                ? rootItems
                : throw new SluiceException($"Block '{name}' runs once per item of '{root}'; run from '{root}' to run them together.");
            foreach (var item in items)
            {
                var child = DynamicItems.ChildName(name, item.Info.Name);
                preloaded[child] = await LoadLatestOutputsAsync(pipeline, block, child, cancellationToken);
            }
        }
    }

    /// <summary>What the blocks downstream of reducing <paramref name="block"/> received in its latest successful run.</summary>
    private async Task<IReadOnlyList<object?>> LoadLatestReducedAsync(
        PipelineDefinition pipeline, CompiledBlock block, CancellationToken cancellationToken)
    {
        var latest = await runs.FindLatestCompletedBlockRunAsync(pipeline.Id, block.Name, cancellationToken)
            ?? throw new SluiceException(
                $"Block '{block.Name}' has no stored outputs from a successful run yet; run the pipeline, or use --from {block.Name}.");
        var children = (await runs.ListBlockRunsAsync(latest.Key.Run, cancellationToken))
            .Where(r => r.Key.Block.StartsWith(block.Name + ":", StringComparison.Ordinal))
            .ToList();
        var perChild = new List<IReadOnlyList<object?>>(children.Count);
        foreach (var child in children)
        {
            var stored = await outputs.ReadAsync(child.Key, cancellationToken);
            perChild.Add([.. stored.Select((value, i) => i < block.Outputs.Count ? JsonValueSerializer.Refit(value.Value, block.Outputs[i].Type) : value.Value)]);
        }

        return DynamicBinding.Reduce(block, perChild);
    }
}
