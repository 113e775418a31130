using Sluice.Core;
using Sluice.Engine.Products;

namespace Sluice.Engine.Execution;

/// <summary>
/// A data-product block: no code of its own; its outputs are the product's, reused or recomputed by
/// <see cref="DataProductResolver"/>, passed downstream in memory and stored under the block like any block's.
/// </summary>
internal sealed partial class RunExecution
{
    private async Task<BlockOutcome> ExecuteProductAsync(BlockDefinition block, string product, CancellationToken runToken)
    {
        const int attempt = 1;
        await AppendAsync(new BlockStarted(_runId, _services.Clock.GetUtcNow(), block.Name, attempt));
        var logger = new RunLogger(Logs, _runId, block.Name, attempt, _services.Clock);
        try
        {
            var resolved = await _services.Products.ResolveAsync(product, logger, runToken);

            // A copy under this run: its record stays whole when the product's run is cleaned, and whatever reads a
            // block's outputs (single-block runs downstream, the editor, charts) finds them where it finds any block's.
            await _services.Outputs.CopyAsync(resolved.Source, new BlockKey(_plan.Pipeline.Id, _runId, block.Name), runToken);
            return await EndAsync(block.Name, BlockRunStatus.Completed, null, resolved.Values, [], []);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested)
        {
            return await EndAsync(block.Name, BlockRunStatus.Cancelled, "The run was cancelled.", [], [], []);
        }
        catch (SluiceException e)
        {
            return await EndAsync(block.Name, BlockRunStatus.Failed, e.Message, [], [], []);
        }
    }
}
