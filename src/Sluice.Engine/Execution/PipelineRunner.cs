using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>
/// Executes a <see cref="RunPlan"/>: ready blocks run in parallel up to the concurrency setting, each with its
/// retries and timeout; outputs pass to downstream blocks in memory and are stored atomically on the way. Every
/// state change is an event in the run store before the next step depends on it.
/// </summary>
internal sealed class PipelineRunner
{
    private readonly RunServices _services;

    public PipelineRunner(RunServices services) => _services = services;

    public async Task<RunResult> RunAsync(
        RunPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        IRunObserver? observer,
        CancellationToken cancellationToken)
    {
        var runId = RunId.New();
        var execution = new RunExecution(_services, plan, runId, variables, observer);
        await using (execution.Logs)
        {
            await execution.AppendAsync(new RunCreated(
                runId, _services.Clock.GetUtcNow(), plan.Pipeline.Id, plan.VersionHash, VariableResolver.AsText(variables),
                plan.Executed.Select(b => b.Name).ToList(),
                RunOwner.Current));
            await execution.AppendAsync(new RunStarted(runId, _services.Clock.GetUtcNow()));
            var outcomes = await execution.ExecuteAsync(cancellationToken);
            var status = RunStatusOf(outcomes.Values, cancellationToken.IsCancellationRequested);
            var error = status == RunStatus.Failed
                ? string.Join("; ", outcomes.Values.Where(o => o.Status == BlockRunStatus.Failed).Select(o => $"{o.Block}: {o.Error}"))
                : null;
            await execution.AppendAsync(new RunEnded(runId, _services.Clock.GetUtcNow(), status, error));
            return await ResultAsync(runId, outcomes);
        }
    }

    private static RunStatus RunStatusOf(IEnumerable<BlockOutcome> outcomes, bool cancelled)
    {
        var statuses = outcomes.Select(o => o.Status).ToList();
        if (statuses.Contains(BlockRunStatus.Failed))
        {
            return RunStatus.Failed;
        }

        return cancelled || statuses.Contains(BlockRunStatus.Cancelled) ? RunStatus.Cancelled : RunStatus.Completed;
    }

    private async Task<RunResult> ResultAsync(RunId runId, IReadOnlyDictionary<string, BlockOutcome> outcomes)
    {
        var run = await _services.Store.Runs.FindRunAsync(runId, CancellationToken.None)
            ?? throw new InvalidOperationException($"Run {runId} vanished from the store.");
        // The store's order: the planned blocks, each followed by its per-item runs when it has some.
        var blockRuns = await _services.Store.Runs.ListBlockRunsAsync(runId, CancellationToken.None);
        var blocks = blockRuns
            .Select(r => new BlockResult(r, outcomes.TryGetValue(r.Key.Block, out var outcome) ? outcome.Tests : []))
            .ToList();
        return new RunResult(run, blocks, _services.Outputs);
    }
}
