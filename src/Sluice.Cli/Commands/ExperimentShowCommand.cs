using System.CommandLine;
using System.Globalization;

using Sluice.Cli.Display;
using Sluice.Core;
using Sluice.Server.Tracking;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice experiments show &lt;tracked-run-id&gt;</c>: one tracked run's params, metrics, tags and artifacts.</summary>
internal static class ExperimentShowCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Argument<string>("tracked-run-id") { Description = "The tracked run's id (32 hexadecimal digits)." };
        var project = CommonOptions.Project();
        var command = new Command("show", "Show a tracked run: params, metrics, tags, artifacts and where it came from.") { run, project };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var id = parse.GetValue(run)!;
            var details = await ExperimentQueries.FindRunAsync(session.Project, id, cancellationToken)
                ?? throw new SluiceException($"There is no tracked run '{id}' in this project (see 'sluice experiments runs <experiment>').");
            Write(console, details);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(CliConsole console, TrackedRunDetails details)
    {
        var run = details.Run;
        var output = console.Out;
        output.WriteLine($"Tracked run {run.Name} ({run.Id}) of experiment {details.Experiment}: {run.Status}");
        output.WriteLine($"  started {TrackingFormat.Time(run.StartedAt)}{(run.DurationSeconds is null ? string.Empty : ", took " + TrackingFormat.Duration(run.DurationSeconds))}");
        if (run.Source is { } source)
        {
            output.WriteLine($"  started by block {source.Block} (attempt {source.Attempt}) of pipeline {source.Pipeline}, run {source.PipelineRun}");
        }

        Section(console, "params", ["param", "value"], [.. run.Params.Select(p => new[] { p.Key, p.Value })]);
        Section(console, "metrics", ["metric", "latest", "values"], [.. run.Metrics.Select(m => new[]
        {
            m.Key, TrackingFormat.Metric(m.Value),
            (details.History.GetValueOrDefault(m.Key)?.Count ?? 0).ToString(CultureInfo.InvariantCulture),
        })]);
        Section(console, "tags", ["tag", "value"], [.. run.Tags.Select(t => new[] { t.Key, t.Value })]);
        Section(console, "artifacts", ["artifact", "size"], [.. details.Artifacts.Select(a => new[] { a.Name, TrackingFormat.Size(a.Size) })]);
        foreach (var folder in details.Models)
        {
            output.WriteLine($"Model folder '{folder}': register it with 'sluice models register <model> {run.Id}{(folder == "model" ? string.Empty : " --artifact " + folder)}'.");
        }
    }

    private static void Section(CliConsole console, string title, string[] header, IReadOnlyList<string[]> rows)
    {
        console.Out.WriteLine();
        if (rows.Count == 0)
        {
            console.Out.WriteLine($"No {title}.");
            return;
        }

        CliTable.Write(console, header, rows);
    }
}
