using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Server.Workspace;

namespace Sluice.Server.Runs;

/// <summary>"Retry from the failed block": a new run of that block and its descendants, with the old run's variables.</summary>
public static class RunRetry
{
    /// <summary>Starts the retry of <paramref name="run"/> and returns the new run's id.</summary>
    /// <exception cref="SluiceException">No block of the run failed.</exception>
    public static Task<RunId> StartAsync(ProjectHandle project, RunDetails run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(run);
        var failed = run.Blocks.FirstOrDefault(b => b.Status is BlockRunStatus.Failed or BlockRunStatus.Cancelled)
            ?? throw new SluiceException($"Run {run.Run.Id} has no failed or cancelled block to retry from.");
        var request = new RunRequest(run.Run.Pipeline)
        {
            Scope = RunScope.From(failed.Block),
            Variables = run.Run.Variables.ToDictionary(v => v.Key, v => (object?)v.Value, StringComparer.Ordinal),
        };
        return project.Runs.StartAsync(request, cancellationToken);
    }
}
