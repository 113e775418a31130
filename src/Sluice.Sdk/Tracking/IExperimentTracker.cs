namespace Sluice.Sdk;

/// <summary>
/// Starts tracked runs, MLflow's experiment tracking for blocks: each try at a model is one run that records its
/// params, metrics (per step), tags and artifacts under an experiment. A block receives one through
/// <see cref="BlockContext.Tracking"/>; every run it starts is tagged with the pipeline run, pipeline, block and
/// attempt that started it.
/// </summary>
public interface IExperimentTracker
{
    /// <summary>
    /// Starts a run in <paramref name="experiment"/>, creating the experiment when it does not exist yet. Dispose the
    /// run (or call <see cref="ITrackedRun.EndAsync"/>) when done; a run the block leaves open is ended when the block
    /// ends: Finished when the block completes, Failed when it fails, Killed when the run is cancelled.
    /// </summary>
    /// <param name="experiment">
    /// The experiment's name, for example <c>nyc-taxi-duration</c>; case-sensitive. An empty name, one over 250
    /// characters or one with control characters fails.
    /// </param>
    /// <param name="runName">A name shown with the run; when null the block's name with a number is used.</param>
    /// <param name="cancellationToken">Cancels the start; nothing is recorded then.</param>
    Task<ITrackedRun> StartRunAsync(string experiment, string? runName = null, CancellationToken cancellationToken = default);
}
