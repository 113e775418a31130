using Sluice.Core;
using Sluice.Server.Workspace;

namespace Sluice.Server.Runs;

/// <summary>Reads a project's run history for the API and the pages; every list is paged.</summary>
public static class RunQueries
{
    /// <summary>Runs, newest first, optionally of one pipeline and one status.</summary>
    public static async Task<Page<RunView>> ListAsync(
        ProjectHandle project, string? pipeline, RunStatus? status, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var filter = new RunFilter(pipeline is null ? null : new PipelineId(pipeline), status);
        var runs = await project.Store.Runs.ListRunsAsync(filter, page, cancellationToken);
        return new Page<RunView>([.. runs.Items.Select(RunView.Of)], runs.Number, runs.Size, runs.Total);
    }

    /// <summary>Run <paramref name="id"/> with its blocks, or null when there is no such run.</summary>
    public static async Task<RunDetails?> FindAsync(ProjectHandle project, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var run = await project.Store.Runs.FindRunAsync(new RunId(id), cancellationToken);
        if (run is null)
        {
            return null;
        }

        var blocks = await project.Store.Runs.ListBlockRunsAsync(run.Id, cancellationToken);
        return new RunDetails(RunView.Of(run), [.. blocks.Select(BlockRunView.Of)], project.Runs.IsActive(run.Id));
    }

    /// <summary>The log lines of run <paramref name="id"/> (of one block when given), oldest first.</summary>
    public static async Task<Page<LogLineView>> LogsAsync(
        ProjectHandle project, string id, string? block, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var logs = await project.Store.Logs.ListAsync(new LogFilter(new RunId(id), block), page, cancellationToken);
        return new Page<LogLineView>([.. logs.Items.Select(LogLineView.Of)], logs.Number, logs.Size, logs.Total);
    }

    /// <summary>The latest run of <paramref name="pipeline"/>, or null when it never ran.</summary>
    public static async Task<RunView?> LatestAsync(ProjectHandle project, string pipeline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var page = await project.Store.Runs.ListRunsAsync(new RunFilter(new PipelineId(pipeline)), new PageRequest(1, 1), cancellationToken);
        return page.Items.Count == 0 ? null : RunView.Of(page.Items[0]);
    }
}
