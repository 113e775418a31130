using Microsoft.Extensions.Logging;

namespace Sluice.Sdk;

/// <summary>
/// What a running block can see of its run. Add a parameter of this type (anywhere after the upstream inputs) to
/// receive it. A context belongs to one attempt of one block in one run and must not be kept after the block
/// returns.
/// </summary>
public sealed class BlockContext
{
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
}
