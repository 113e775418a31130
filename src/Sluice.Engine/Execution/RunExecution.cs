using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Execution;

/// <summary>The state of one run while it executes: which blocks are done, their outputs, and the scheduling loop.</summary>
internal sealed partial class RunExecution
{
    private readonly RunServices _services;
    private readonly RunPlan _plan;
    private readonly RunId _runId;
    private readonly BlockVariables _variables;
    private readonly IRunObserver? _observer;
    private readonly Dictionary<string, IReadOnlyList<object?>> _values;
    private readonly Dictionary<string, BlockOutcome> _outcomes = new(StringComparer.Ordinal);

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
        var order = _plan.Executed.Select((block, index) => (block, index)).ToDictionary(p => p.block.Name, p => p.index);
        var waiting = _plan.Executed.ToDictionary(
            b => b.Name,
            b => b.Upstream.Count(order.ContainsKey),
            StringComparer.Ordinal);
        var ready = new SortedSet<int>(_plan.Executed.Where(b => waiting[b.Name] == 0).Select(b => order[b.Name]));
        var running = new Dictionary<Task<BlockOutcome>, string>();
        var concurrency = Math.Max(1, _services.SettingsFor(_plan.Pipeline, null).Concurrency ?? 1);

        while (ready.Count > 0 || running.Count > 0)
        {
            while (ready.Count > 0 && running.Count < concurrency && !cancellationToken.IsCancellationRequested)
            {
                var block = _plan.Executed[ready.Min];
                ready.Remove(ready.Min);
                // Inputs are gathered here, on the loop, which alone writes _values; blocks run on other threads.
                var inputs = block.Upstream.SelectMany(upstream => _values[upstream]).ToList();
                running.Add(Task.Run(() => ExecuteBlockAsync(block, inputs, cancellationToken), CancellationToken.None), block.Name);
            }

            if (running.Count == 0)
            {
                break;
            }

            var finished = await Task.WhenAny(running.Keys);
            running.Remove(finished);
            var outcome = await finished;
            _outcomes[outcome.Block] = outcome;
            if (outcome.Status == BlockRunStatus.Completed && Releases(outcome))
            {
                _values[outcome.Block] = outcome.Outputs;
                foreach (var downstream in _plan.Graph.DownstreamOf(outcome.Block).Where(order.ContainsKey))
                {
                    if (--waiting[downstream] == 0)
                    {
                        ready.Add(order[downstream]);
                    }
                }
            }
            else
            {
                await MarkDescendantsAsync(outcome, order);
            }
        }

        await MarkNotStartedAsCancelledAsync();
        return _outcomes;
    }

    private async Task MarkDescendantsAsync(BlockOutcome failed, Dictionary<string, int> order)
    {
        var (status, error) = failed.Status switch
        {
            BlockRunStatus.Cancelled => (BlockRunStatus.Cancelled, "The run was cancelled."),
            BlockRunStatus.Completed => (BlockRunStatus.ConditionFailed, $"Condition '{failed.Block}' returned false."),
            _ => (BlockRunStatus.UpstreamFailed, $"Upstream block '{failed.Block}' did not complete."),
        };
        foreach (var name in _plan.Graph.WithDescendants(failed.Block).Where(n => n != failed.Block && order.ContainsKey(n)))
        {
            if (_outcomes.ContainsKey(name))
            {
                continue;
            }

            _outcomes[name] = new BlockOutcome(name, status, error, [], []);
            await AppendAsync(new BlockEnded(_runId, _services.Clock.GetUtcNow(), name, status, error));
        }
    }

    private async Task MarkNotStartedAsCancelledAsync()
    {
        foreach (var block in _plan.Executed.Where(b => !_outcomes.ContainsKey(b.Name)))
        {
            const string error = "The run was cancelled before the block started.";
            _outcomes[block.Name] = new BlockOutcome(block.Name, BlockRunStatus.Cancelled, error, [], []);
            await AppendAsync(new BlockEnded(_runId, _services.Clock.GetUtcNow(), block.Name, BlockRunStatus.Cancelled, error));
        }
    }
}
