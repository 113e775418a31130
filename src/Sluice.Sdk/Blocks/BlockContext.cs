using Microsoft.Extensions.Logging;

namespace Sluice.Sdk;

/// <summary>
/// What a running block can see of its run. Add a parameter of this type (anywhere after the upstream inputs) to
/// receive it. A context belongs to one attempt of one block in one run and must not be kept after the block
/// returns.
/// </summary>
public sealed class BlockContext
{
    private const string NeedsARun =
        "needs a Sluice run: this BlockContext was made without one (in a unit test or by hand). Run the block "
        + "with 'sluice run' or from the editor, where tracked runs and models are recorded in the project's store.";

    private readonly IExperimentTracker? _tracking;
    private readonly IModelRegistry? _models;

    /// <summary>Creates a context. The engine does this; tests of block code may too.</summary>
    public BlockContext(
        BlockRunInfo run,
        BlockVariables variables,
        ILogger logger,
        string cacheDirectory,
        CancellationToken cancellationToken)
    {
        Run = run;
        Variables = variables;
        Logger = logger;
        CacheDirectory = cacheDirectory;
        CancellationToken = cancellationToken;
    }

    /// <summary>Which run, pipeline, block, attempt and partition this is.</summary>
    public BlockRunInfo Run { get; }

    /// <summary>
    /// The variables of this run: project variables, overridden by pipeline variables, overridden by the run's own
    /// (<c>--var key=value</c>, the API payload).
    /// </summary>
    public BlockVariables Variables { get; }

    /// <summary>Writes to the run's log, tagged with this block and attempt.</summary>
    public ILogger Logger { get; }

    /// <summary>
    /// A folder kept across runs for this block (downloads, caches). It exists when the block starts. Nothing in
    /// it is an output: outputs are what the entry method returns.
    /// </summary>
    public string CacheDirectory { get; }

    /// <summary>
    /// Cancelled when the run is cancelled (Ctrl+C, a cancel request) or the block's timeout passes. A block that
    /// ignores the token cannot be cancelled until it returns.
    /// </summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Experiment tracking: start tracked runs that record params, metrics, tags and artifacts, each tagged with this
    /// run, pipeline, block and attempt. The engine sets it; reading it from a context made without it throws
    /// <see cref="InvalidOperationException"/> saying tracking needs a Sluice run.
    /// </summary>
    public IExperimentTracker Tracking
    {
        get => _tracking ?? throw new InvalidOperationException($"{nameof(Tracking)} {NeedsARun}");
        init => _tracking = value;
    }

    /// <summary>
    /// The model registry: register a tracked run's model as a new version, move aliases, find a version to load.
    /// The engine sets it; reading it from a context made without it throws <see cref="InvalidOperationException"/>
    /// saying the registry needs a Sluice run.
    /// </summary>
    public IModelRegistry Models
    {
        get => _models ?? throw new InvalidOperationException($"{nameof(Models)} {NeedsARun}");
        init => _models = value;
    }
}
