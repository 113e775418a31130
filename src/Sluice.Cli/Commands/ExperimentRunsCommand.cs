using System.CommandLine;

using Sluice.Cli.Display;
using Sluice.Core;
using Sluice.Sdk;
using Sluice.Server.Tracking;

namespace Sluice.Cli.Commands;

/// <summary>
/// <c>sluice experiments runs &lt;experiment&gt;</c>: an experiment's tracked runs with a column per param and metric,
/// sorted by a metric, a param or start time.
/// </summary>
internal static class ExperimentRunsCommand
{
    public static Command Create(CliConsole console)
    {
        var experiment = new Argument<string>("experiment") { Description = "The experiment's name (or id)." };
        var project = CommonOptions.Project();
        var sort = new Option<string?>("--sort")
        {
            Description = "Sort by a metric (rmse or metrics.rmse), a param (params.max_depth) or start_time; newest first without it.",
        };
        var descending = new Option<bool>("--desc") { Description = "Largest (or latest) first; smallest first without it." };
        var status = new Option<string?>("--status") { Description = "Only runs with this status: Running, Finished, Failed or Killed." };
        var page = CommonOptions.Page();
        var size = CommonOptions.PageSize();
        var command = new Command("runs", "List an experiment's tracked runs with their params and metrics.")
        {
            experiment, project, sort, descending, status, page, size,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var order = parse.GetValue(sort) is { } text ? TrackedRunOrder.Parse(text, parse.GetValue(descending)) : null;
            var statusFilter = StatusOf(parse.GetValue(status));
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var found = await ExperimentsCommand.FindAsync(session.Project, parse.GetValue(experiment)!, cancellationToken);
            var details = await ExperimentQueries.DetailsAsync(session.Project, found, cancellationToken);
            var runs = await ExperimentQueries.RunsAsync(
                session.Project,
                new TrackedRunFilter(found.Id, statusFilter) { OrderBy = order },
                new PageRequest(parse.GetValue(page), parse.GetValue(size)),
                cancellationToken);
            var rows = runs.Items.Select(r => (string[])
            [
                r.Id, r.Name, r.Status.ToString(), TrackingFormat.Time(r.StartedAt),
                .. details.Params.Select(k => r.Params.GetValueOrDefault(k) ?? "-"),
                .. details.Metrics.Select(k => r.Metrics.TryGetValue(k, out var value) ? TrackingFormat.Metric(value) : "-"),
            ]).ToList();
            CliTable.Write(console, ["run", "name", "status", "started", .. details.Params, .. details.Metrics], rows);
            var sorted = order is null ? string.Empty : $", by {order}{(order.Descending ? " descending" : string.Empty)}";
            console.Out.WriteLine($"page {runs.Number} of {Math.Max(runs.PageCount, 1)} ({runs.Total} runs of {found.Name}{sorted})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static TrackedRunStatus? StatusOf(string? text) =>
        text is null ? null
        : Enum.TryParse<TrackedRunStatus>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !text.All(char.IsAsciiDigit) ? parsed
        : throw new SluiceException($"--status '{text}' is not a tracked run status; use {string.Join(", ", Enum.GetNames<TrackedRunStatus>())}.");
}
