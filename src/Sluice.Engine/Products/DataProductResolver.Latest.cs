using Sluice.Core;

namespace Sluice.Engine.Products;

/// <summary>Finding the outputs a product stands for: its block's, in the latest completed run of its pipeline.</summary>
internal sealed partial class DataProductResolver
{
    private const int PageSize = 20;
    private const int PagesSearched = 5;

    private async Task<BlockRun?> FindLatestAsync(DataProductDefinition product, CancellationToken cancellationToken)
    {
        var latest = await runs.FindLatestCompletedBlockRunAsync(product.Pipeline, product.Block, cancellationToken);
        if (latest is null)
        {
            return null;
        }

        if (outputs.Exists(latest.Key)
            && (await runs.FindRunAsync(latest.Key.Run, cancellationToken))?.Status == RunStatus.Completed)
        {
            return latest;
        }

        // The block's latest success belongs to a run that failed after it, or is still going, or its outputs were
        // cleaned: look among the pipeline's completed runs, newest first.
        for (var number = 1; number <= PagesSearched; number++)
        {
            var page = await runs.ListRunsAsync(
                new RunFilter(product.Pipeline, RunStatus.Completed), new PageRequest(number, PageSize), cancellationToken);
            foreach (var run in page.Items)
            {
                var block = (await runs.ListBlockRunsAsync(run.Id, cancellationToken))
                    .FirstOrDefault(b => b.Key.Block == product.Block && b.Status == BlockRunStatus.Completed);
                if (block is not null && outputs.Exists(block.Key))
                {
                    return block;
                }
            }

            if (page.Items.Count < PageSize)
            {
                break;
            }
        }

        return null;
    }
}
