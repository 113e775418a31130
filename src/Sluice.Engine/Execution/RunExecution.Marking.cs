using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>Block runs that do not run: what a failure, a condition that said no, or a cancellation leaves behind.</summary>
internal sealed partial class RunExecution
{
    private async Task MarkDependentsAsync(RunTask ended)
    {
        var (status, error) = ended.Outcome!.Status switch
        {
            BlockRunStatus.Cancelled => (BlockRunStatus.Cancelled, "The run was cancelled."),
            BlockRunStatus.Completed => (BlockRunStatus.ConditionFailed, $"Condition '{ended.Name}' returned false."),
            BlockRunStatus.ConditionFailed => (BlockRunStatus.ConditionFailed, $"Upstream block '{ended.Name}' was stopped by a condition."),
            _ => (BlockRunStatus.UpstreamFailed, $"Upstream block '{ended.Name}' did not complete."),
        };
        var pending = new Stack<RunTask>(ended.Dependents);
        while (pending.TryPop(out var task))
        {
            if (task.Outcome is not null)
            {
                continue;
            }

            await MarkAsync(task, status, error);
            foreach (var next in task.Dependents)
            {
                pending.Push(next);
            }
        }
    }

    private async Task MarkNotStartedAsCancelledAsync()
    {
        // Blocks waiting for their items end when their items do.
        foreach (var task in _tasks.Values.Where(t => t.Outcome is null && t.Children is null).ToList())
        {
            if (task.Outcome is null)
            {
                await MarkAsync(task, BlockRunStatus.Cancelled, "The run was cancelled before the block started.");
            }
        }
    }

    /// <summary>Ends a task that did not run.</summary>
    private async Task MarkAsync(RunTask task, BlockRunStatus status, string error)
    {
        task.Outcome = new BlockOutcome(task.Name, status, error, [], []);
        _outcomes[task.Name] = task.Outcome;
        await AppendAsync(new BlockEnded(_runId, _services.Clock.GetUtcNow(), task.Name, status, error));
        if (task.Parent is { } parent)
        {
            await ChildEndedAsync(parent);
        }
    }
}
