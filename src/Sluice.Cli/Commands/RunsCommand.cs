using System.CommandLine;
using System.Globalization;
using Sluice.Cli.Display;
using Sluice.Core;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice runs</c>: a page of past runs, newest first.</summary>
internal static class RunsCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var pipeline = new Option<string?>("--pipeline") { Description = "Only runs of this pipeline." };
        var status = new Option<RunStatus?>("--status") { Description = "Only runs with this status." };
        var page = CommonOptions.Page();
        var size = CommonOptions.PageSize();
        var command = new Command("runs", "List past runs, newest first.") { project, pipeline, status, page, size };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var filter = new RunFilter(parse.GetValue(pipeline) is { } name ? new PipelineId(name) : null, parse.GetValue(status));
            var runs = await session.Store.Runs.ListRunsAsync(
                filter, new PageRequest(parse.GetValue(page), parse.GetValue(size)), cancellationToken);
            var rows = runs.Items.Select(r => new[]
            {
                r.Id.Value,
                r.Pipeline.Value,
                r.Status.ToString(),
                r.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                r.Duration is { } took ? RunSummary.Format(took) : "-",
                r.VersionHash,
            }).ToList();
            RunSummary.WriteTable(console.Out, ["run", "pipeline", "status", "created", "time", "version"], rows);
            console.Out.WriteLine($"page {runs.Number} of {Math.Max(runs.PageCount, 1)} ({runs.Total} runs)");
            return ExitCodes.Success;
        });
        return command;
    }
}
