using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>
/// Dynamic blocks: a dynamic block's items fan out to one run per item of each block downstream of it, and a block
/// that runs per item ends once all its item runs have.
/// </summary>
internal sealed partial class RunExecution
{
    /// <summary>Dynamic blocks this run does not execute (it runs their children alone) fan out their stored items.</summary>
    private async Task FanOutPreloadedAsync()
    {
        foreach (var (name, outputs) in _plan.Preloaded.ToList())
        {
            if (_plan.Pipeline.FindBlock(name) is { Dynamic: true })
            {
                await FanOutAsync(name, outputs[0]);
            }
        }
    }

    /// <summary>Adds a run per item for every block of this run that runs once per item of <paramref name="root"/>.</summary>
    private async Task FanOutAsync(string root, object? items)
    {
        var blocks = _plan.Lanes.PerItemBlocksOf(root)
            .Select(b => _tasks.GetValueOrDefault(b.Name))
            .OfType<RunTask>()
            .Where(t => t.Outcome is null)
            .ToList();
        if (blocks.Count == 0)
        {
            return;
        }

        var children = DynamicItems.From(root, items);
        foreach (var block in blocks)
        {
            // From here on the block's item runs wait for its upstream blocks, and the block waits for its item runs.
            foreach (var upstream in block.Block.Upstream)
            {
                _tasks.GetValueOrDefault(upstream)?.Dependents.Remove(block);
            }

            block.Children = [.. children.Select(item => new RunTask(DynamicItems.ChildName(block.Name, item.Info.Name), block.Block, block.Order)
            {
                Item = item,
                Parent = block,
            })];
            foreach (var child in block.Children)
            {
                _tasks.Add(child.Name, child);
            }

            if (block.Children.Count > 0)
            {
                var now = _services.Clock.GetUtcNow();
                await AppendAsync(new ChildBlocksAdded(_runId, now, block.Name, [.. block.Children.Select(c => c.Name)]));
                await AppendAsync(new BlockStarted(_runId, now, block.Name, 1));
            }
        }

        foreach (var block in blocks)
        {
            block.Children!.ForEach(Wire);
            if (block.Children!.Count == 0)
            {
                await ChildEndedAsync(block);
            }
        }
    }

    /// <summary>Makes an item run wait for what it takes: the same item's run of a per-item upstream, or a whole block.</summary>
    private void Wire(RunTask child)
    {
        foreach (var upstream in child.Block.Upstream)
        {
            var feeding = _plan.Lanes.RoleOf(child.Block.Name, upstream) switch
            {
                UpstreamRole.Item => null,
                UpstreamRole.SameItem => DynamicItems.ChildName(upstream, child.Item!.Info.Name),
                _ => upstream,
            };
            if (feeding is not null && _tasks.TryGetValue(feeding, out var task) && task.Outcome is null)
            {
                task.Dependents.Add(child);
                child.Waiting++;
            }
        }

        if (child.Waiting == 0)
        {
            Enqueue(child);
        }
    }

    /// <summary>Ends a block that runs per item once every item run has ended; a reducing block hands on lists.</summary>
    private async Task ChildEndedAsync(RunTask block)
    {
        if (block.Outcome is not null || block.Children!.Any(c => c.Outcome is null))
        {
            return;
        }

        var (status, error) = Summarize(block);
        var released = status is BlockRunStatus.Completed or BlockRunStatus.Skipped;
        IReadOnlyList<object?> outputs = released && block.Block.ReduceOutput
            ? DynamicBinding.Reduce(_plan.Compiled[block.Name], [.. block.Children!.Select(c => c.Outcome!.Outputs)])
            : [];
        block.Outcome = new BlockOutcome(block.Name, status, error, outputs, []);
        _outcomes[block.Name] = block.Outcome;
        await AppendAsync(new BlockEnded(_runId, _services.Clock.GetUtcNow(), block.Name, status, error));
        if (released)
        {
            _values[block.Name] = outputs;
            Release(block);
        }
        else
        {
            await MarkDependentsAsync(block);
        }
    }

    private (BlockRunStatus Status, string? Error) Summarize(RunTask block)
    {
        var children = block.Children!;
        if (children.Count == 0)
        {
            return (BlockRunStatus.Skipped, $"Dynamic block '{_plan.Lanes.RootOf(block.Name)}' returned no items.");
        }

        // The worst status of an item run is the block's: one failed item fails the block (and the run).
        BlockRunStatus[] worstFirst = [BlockRunStatus.Failed, BlockRunStatus.Cancelled, BlockRunStatus.UpstreamFailed, BlockRunStatus.ConditionFailed];
        foreach (var status in worstFirst)
        {
            var some = children.Where(c => c.Outcome!.Status == status).Select(c => c.Name).ToList();
            if (some.Count > 0)
            {
                return (status, $"{some.Count} of {children.Count} item runs ended {status}: {string.Join(", ", some)}");
            }
        }

        return (BlockRunStatus.Completed, null);
    }
}
