using System.Collections.Concurrent;

using Microsoft.Extensions.Logging;

using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Engine.Outputs;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Products;

/// <summary>
/// Gives a data-product block its outputs while a run executes: those its product's block stored in the latest
/// completed run of the product's pipeline when they are fresh enough, otherwise those of a new run of that
/// pipeline, started here and recorded like any run. Consumers needing a recomputation at once share one: within the
/// process they queue on a gate per product, across processes on a lock file, and whoever comes second finds the
/// first one's outputs fresh (outputs that ended after a consumer asked count as fresh for it, whatever the max age).
/// </summary>
internal sealed partial class DataProductResolver(
    ProjectDefinition project,
    IRunStore runs,
    OutputStore outputs,
    TimeProvider clock,
    Func<RunRequest, CancellationToken, Task<RunResult>> runPipeline) : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>The outputs of product <paramref name="name"/>; each step is logged to <paramref name="log"/>.</summary>
    /// <exception cref="SluiceException">The product's pipeline had to run and did not complete.</exception>
    public async Task<ResolvedProduct> ResolveAsync(string name, ILogger log, CancellationToken cancellationToken)
    {
        var product = new DataProductSources(project).Product(name);
        var asked = clock.GetUtcNow();
        if (await FindLatestAsync(product, cancellationToken) is { } latest && IsFresh(product, latest, asked))
        {
            return await ReuseAsync(product, latest, log, cancellationToken);
        }

        var waited = false;
        void Waiting()
        {
            if (!waited)
            {
                waited = true;
                DataProductLog.Waiting(log, product.Name);
            }
        }

        var gate = _gates.GetOrAdd(product.Name, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            Waiting();
            await gate.WaitAsync(cancellationToken);
        }

        try
        {
            using var held = await DataProductLock.AcquireAsync(LockPath(product), Waiting, cancellationToken);

            // Looked up again: whoever held the gate or the lock may have just recomputed it.
            latest = await FindLatestAsync(product, cancellationToken);
            if (latest is not null && IsFresh(product, latest, asked))
            {
                return await ReuseAsync(product, latest, log, cancellationToken);
            }

            var reason = WhyRecompute(product, latest);
            DataProductLog.Recomputing(log, product.Name, reason);
            return await RecomputeAsync(product, log, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }
    }

    private bool IsFresh(DataProductDefinition product, BlockRun latest, DateTimeOffset asked) =>
        product.MaxAge is not { } maxAge
        || latest.EndedAt is not { } ended
        || ended >= asked
        || clock.GetUtcNow() - ended <= maxAge;

    private string WhyRecompute(DataProductDefinition product, BlockRun? latest) => latest?.EndedAt is { } ended
        ? $"the latest outputs (run {latest.Key.Run}) are {Ages.Describe(clock.GetUtcNow() - ended)} old, more than max_age {Durations.Format(product.MaxAge!.Value)}"
        : $"no completed run of {product.Pipeline} has outputs of {product.Block}";

    private async Task<ResolvedProduct> ReuseAsync(
        DataProductDefinition product, BlockRun latest, ILogger log, CancellationToken cancellationToken)
    {
        var age = Ages.Describe(latest.EndedAt is { } ended ? clock.GetUtcNow() - ended : TimeSpan.Zero);
        DataProductLog.Reused(log, product.Name, latest.Key.Run.Value, product.Pipeline.Value, age);
        return new ResolvedProduct(latest.Key, await ReadAsync(latest.Key, cancellationToken));
    }

    private async Task<ResolvedProduct> RecomputeAsync(DataProductDefinition product, ILogger log, CancellationToken cancellationToken)
    {
        RunResult result;
        try
        {
            result = await runPipeline(new RunRequest(product.Pipeline), cancellationToken);
        }
        catch (SluiceException e)
        {
            throw new SluiceException($"Data product '{product.Name}': pipeline '{product.Pipeline}' could not run: {e.Message}", e);
        }

        var run = result.Run;
        if (run.Status != RunStatus.Completed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw new SluiceException(run.Status == RunStatus.Failed
                ? $"Data product '{product.Name}': run {run.Id} of pipeline '{product.Pipeline}' failed: {run.Error}"
                : $"Data product '{product.Name}': run {run.Id} of pipeline '{product.Pipeline}' ended {run.Status}");
        }

        DataProductLog.Recomputed(log, product.Name, run.Id.Value, product.Pipeline.Value);
        var key = new BlockKey(product.Pipeline, run.Id, product.Block);
        return new ResolvedProduct(key, await ReadAsync(key, cancellationToken));
    }

    private async Task<IReadOnlyList<object?>> ReadAsync(BlockKey key, CancellationToken cancellationToken) =>
        [.. (await outputs.ReadAsync(key, cancellationToken)).Select(output => output.Value)];

    private string LockPath(DataProductDefinition product) =>
        Path.Combine(project.StateDirectory, "locks", "data-products", $"{product.Name}.lock");
}
