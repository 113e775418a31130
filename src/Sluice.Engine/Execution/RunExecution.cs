using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Execution;

/// <summary>
/// The state of one run while it executes: which block runs are done, their outputs, and the scheduling loop. A block
/// run is a <see cref="RunTask"/>: a block, or one item of a block that runs once per item of a dynamic block.
/// </summary>
internal sealed partial class RunExecution
{
    private readonly RunServices _services;
    private readonly RunPlan _plan;
    private readonly RunId _runId;
    private readonly BlockVariables _variables;
    private readonly IRunObserver? _observer;
    private readonly Dictionary<string, IReadOnlyList<object?>> _values;
    private readonly Dictionary<string, BlockOutcome> _outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunTask> _tasks = new(StringComparer.Ordinal);
    private readonly PriorityQueue<RunTask, (int Order, int Item)> _ready = new();

    public RunExecution(
        RunServices services,
        RunPlan plan,
        RunId runId,
        IReadOnlyDictionary<string, object?> variables,
        IRunObserver? observer)
    {
        _services = services;
        _plan = plan;
        _runId = runId;
        _variables = new BlockVariables(variables);
        _observer = observer;
        _values = new Dictionary<string, IReadOnlyList<object?>>(plan.Preloaded, StringComparer.Ordinal);
        Logs = new RunLogWriter(services.Store.Logs, observer);
    }

    public RunLogWriter Logs { get; }

    public async Task AppendAsync(RunEvent runEvent)
    {
        // Never cancelled: the record of what happened must be written even while the run is being cancelled.
        await _services.Store.Runs.AppendAsync(runEvent, CancellationToken.None);
        _observer?.OnEvent(runEvent);
    }

    public async Task<IReadOnlyDictionary<string, BlockOutcome>> ExecuteAsync(CancellationToken cancellationToken)
    {
        CreateTasks();
        await FanOutPreloadedAsync();
        var running = new Dictionary<Task<BlockOutcome>, RunTask>();
        var concurrency = Math.Max(1, _services.SettingsFor(_plan.Pipeline, null).Concurrency ?? 1);

        while (_ready.Count > 0 || running.Count > 0)
        {
            while (running.Count < concurrency && !cancellationToken.IsCancellationRequested && _ready.TryDequeue(out var task, out _))
            {
                // Inputs are gathered here, on the loop, which alone writes _values; blocks run on other threads.
                var inputs = InputsOf(task);
                running.Add(Task.Run(() => ExecuteBlockAsync(task, inputs, cancellationToken), CancellationToken.None), task);
            }

            if (running.Count == 0)
            {
                break;
            }

            var finished = await Task.WhenAny(running.Keys);
            var ended = running[finished];
            running.Remove(finished);
            await FinishAsync(ended, await finished);
        }

        await MarkNotStartedAsCancelledAsync();
        return _outcomes;
    }

    private void CreateTasks()
    {
        for (var i = 0; i < _plan.Executed.Count; i++)
        {
            var block = _plan.Executed[i];
            _tasks.Add(block.Name, new RunTask(block.Name, block, i) { RunsPerItem = _plan.Lanes.RootOf(block.Name) is not null });
        }

        foreach (var task in _tasks.Values)
        {
            foreach (var upstream in task.Block.Upstream)
            {
                if (_tasks.TryGetValue(upstream, out var feeding))
                {
                    feeding.Dependents.Add(task);
                    task.Waiting++;
                }
            }

            if (!task.RunsPerItem && task.Waiting == 0)
            {
                Enqueue(task);
            }
        }
    }

    private void Enqueue(RunTask task) => _ready.Enqueue(task, (task.Order, task.Item?.Info.Index ?? -1));

    private List<object?> InputsOf(RunTask task)
    {
        var inputs = new List<object?>();
        foreach (var upstream in task.Block.Upstream)
        {
            switch (task.Item is null ? UpstreamRole.Whole : _plan.Lanes.RoleOf(task.Block.Name, upstream))
            {
                case UpstreamRole.Item:
                    inputs.Add(task.Item!.Value);
                    break;
                case UpstreamRole.SameItem:
                    inputs.AddRange(_values[DynamicItems.ChildName(upstream, task.Item!.Info.Name)]);
                    break;
                default:
                    inputs.AddRange(_values[upstream]);
                    break;
            }
        }

        return inputs;
    }

    /// <summary>Records how <paramref name="task"/> ended, then starts what waited for it or marks what no longer can run.</summary>
    private async Task FinishAsync(RunTask task, BlockOutcome outcome)
    {
        task.Outcome = outcome;
        _outcomes[task.Name] = outcome;
        if (outcome.Status == BlockRunStatus.Completed && Releases(task, outcome))
        {
            _values[task.Name] = outcome.Outputs;
            if (task.Block.Dynamic)
            {
                await FanOutAsync(task.Name, outcome.Outputs[0]);
            }

            Release(task);
        }
        else
        {
            await MarkDependentsAsync(task);
        }

        if (task.Parent is { } parent)
        {
            await ChildEndedAsync(parent);
        }
    }

    private void Release(RunTask task)
    {
        foreach (var dependent in task.Dependents)
        {
            // A block that runs per item is released by its items, not by its upstream blocks.
            if (!dependent.RunsPerItem && --dependent.Waiting == 0)
            {
                Enqueue(dependent);
            }
        }
    }
}
