using System.CommandLine;

using Sluice.Cli.Display;
using Sluice.Core;
using Sluice.Engine;
using Sluice.Server.Tracking;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice experiments</c>: the project's experiments; <c>runs</c> and <c>show</c> look inside them.</summary>
internal static class ExperimentsCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var page = CommonOptions.Page();
        var size = CommonOptions.PageSize();
        var command = new Command("experiments", "List experiments, with how many tracked runs each has.")
        {
            project, page, size, ExperimentRunsCommand.Create(console), ExperimentShowCommand.Create(console),
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var experiments = await ExperimentQueries.ListAsync(
                session.Project, new PageRequest(parse.GetValue(page), parse.GetValue(size)), cancellationToken);
            var rows = experiments.Items.Select(e => new[]
            {
                e.Name, e.Runs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                e.LastRunAt is { } last ? TrackingFormat.Time(last) : "-", e.Id,
            }).ToList();
            CliTable.Write(console, ["experiment", "runs", "last run", "id"], rows);
            console.Out.WriteLine($"page {experiments.Number} of {Math.Max(experiments.PageCount, 1)} ({experiments.Total} experiments)");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The experiment <paramref name="text"/> names (its name or id), or an error naming it.</summary>
    public static async Task<Experiment> FindAsync(SluiceProject project, string text, CancellationToken cancellationToken) =>
        await ExperimentQueries.FindAsync(project, text, cancellationToken)
        ?? throw new SluiceException($"There is no experiment '{text}' in this project (see 'sluice experiments').");
}
