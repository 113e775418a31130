using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Execution;

/// <summary>
/// Ends the runs whose process died on this machine (killed, crashed, powered off) while they were Queued or
/// Running: without this they would show Running for ever. Their running blocks end Failed, their waiting blocks
/// Cancelled, and the run Failed, each with a message saying why; tracked runs its blocks started and left open
/// end Failed.
/// </summary>
internal static class AbandonedRuns
{
    public static async Task<int> EndAsync(IMetadataStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var runs = store.Runs;
        var ended = 0;
        foreach (var run in await runs.ListUnfinishedRunsAsync(cancellationToken))
        {
            if (!RunOwner.IsDeadOnThisMachine(run.Owner))
            {
                continue;
            }

            var process = run.Owner!.Split('/')[1];
            foreach (var block in await runs.ListBlockRunsAsync(run.Id, cancellationToken))
            {
                if (block.Status == BlockRunStatus.Running)
                {
                    await runs.AppendAsync(
                        new BlockEnded(run.Id, clock.GetUtcNow(), block.Key.Block, BlockRunStatus.Failed, $"The process running it (pid {process}) ended before the block finished."),
                        cancellationToken);
                }
                else if (block.Status == BlockRunStatus.Queued)
                {
                    await runs.AppendAsync(
                        new BlockEnded(run.Id, clock.GetUtcNow(), block.Key.Block, BlockRunStatus.Cancelled, "The run's process ended before the block started."),
                        cancellationToken);
                }
            }

            await EndTrackedRunsAsync(store.Tracking, run.Id, clock, cancellationToken);
            await runs.AppendAsync(
                new RunEnded(run.Id, clock.GetUtcNow(), RunStatus.Failed, $"The process running it (pid {process}) ended before the run finished."),
                cancellationToken);
            ended++;
        }

        return ended;
    }

    private static async Task EndTrackedRunsAsync(
        ITrackingStore tracking, RunId run, TimeProvider clock, CancellationToken cancellationToken)
    {
        var filter = new TrackedRunFilter(Status: TrackedRunStatus.Running) { PipelineRun = run };
        while (true)
        {
            // Each pass ends what it read, so the first page is always the next one.
            var open = await tracking.ListRunsAsync(filter, new PageRequest(1, 100), cancellationToken);
            if (open.Items.Count == 0)
            {
                return;
            }

            foreach (var trackedRun in open.Items)
            {
                await tracking.EndRunAsync(trackedRun.Id, TrackedRunStatus.Failed, clock.GetUtcNow(), cancellationToken);
            }
        }
    }
}
