using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>
/// Ends the runs whose process died on this machine (killed, crashed, powered off) while they were Queued or
/// Running: without this they would show Running for ever. Their running blocks end Failed, their waiting blocks
/// Cancelled, and the run Failed, each with a message saying why.
/// </summary>
internal static class AbandonedRuns
{
    public static async Task<int> EndAsync(IRunStore runs, TimeProvider clock, CancellationToken cancellationToken)
    {
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

            await runs.AppendAsync(
                new RunEnded(run.Id, clock.GetUtcNow(), RunStatus.Failed, $"The process running it (pid {process}) ended before the run finished."),
                cancellationToken);
            ended++;
        }

        return ended;
    }
}
