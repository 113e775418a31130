using Sluice.Core;
using Sluice.Engine.Tracking;
using Sluice.Sdk;

namespace Sluice.Engine.Execution;

/// <summary>The experiment tracking of a block's execution: a tracker per context, and the runs it leaves open.</summary>
internal sealed partial class RunExecution
{
    // One tracker per context, kept so the block's end can close what its contexts left open.
    private ExperimentTracker TrackerFor(string block, int attempt, List<ExperimentTracker> trackers)
    {
        var tracker = new ExperimentTracker(
            _services.Store,
            _services.Artifacts,
            _services.Clock,
            new TrackedRunSource(_runId, _plan.Pipeline.Id, block, attempt));
        lock (trackers)
        {
            trackers.Add(tracker);
        }

        return tracker;
    }

    // A block that forgot to end its runs: they take the block's outcome.
    private static async Task EndTrackedRunsAsync(IReadOnlyList<ExperimentTracker> trackers, BlockRunStatus status)
    {
        var trackedStatus = status switch
        {
            BlockRunStatus.Completed => TrackedRunStatus.Finished,
            BlockRunStatus.Cancelled => TrackedRunStatus.Killed,
            _ => TrackedRunStatus.Failed,
        };
        foreach (var tracker in trackers)
        {
            await tracker.EndOpenRunsAsync(trackedStatus);
        }
    }
}
