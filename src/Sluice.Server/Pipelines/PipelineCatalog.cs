using Sluice.Core;
using Sluice.Server.Runs;
using Sluice.Server.Workspace;

namespace Sluice.Server.Pipelines;

/// <summary>The pipelines list: names in order, one page at a time, each with its latest run.</summary>
public static class PipelineCatalog
{
    /// <summary>One page of the project's pipelines, sorted by name.</summary>
    public static async Task<Page<PipelineSummary>> ListAsync(
        ProjectHandle project, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(page);
        var names = project.Project.ListPipelines();
        var items = new List<PipelineSummary>();
        foreach (var id in names.Skip(page.Offset).Take(page.Size))
        {
            items.Add(await SummarizeAsync(project, id.Value, cancellationToken));
        }

        return new Page<PipelineSummary>(items, page.Number, page.Size, names.Count);
    }

    private static async Task<PipelineSummary> SummarizeAsync(ProjectHandle project, string name, CancellationToken cancellationToken)
    {
        var lastRun = await RunQueries.LatestAsync(project, name, cancellationToken);
        try
        {
            var pipeline = project.Project.LoadPipeline(name);
            return new PipelineSummary(name, pipeline.Description, pipeline.Blocks.Count, lastRun, null);
        }
        catch (SluiceException e)
        {
            return new PipelineSummary(name, null, 0, lastRun, e.Message);
        }
    }
}
