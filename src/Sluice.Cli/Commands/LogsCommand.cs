using System.CommandLine;
using System.Globalization;
using Sluice.Core;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice logs &lt;run&gt;</c>: a run's log, optionally of one block, a page at a time.</summary>
internal static class LogsCommand
{
    public static Command Create(CliConsole console)
    {
        var run = new Argument<string>("run") { Description = "The run's id, or a unique start of it." };
        var project = CommonOptions.Project();
        var block = new Option<string?>("--block") { Description = "Only this block's lines." };
        var page = CommonOptions.Page();
        var size = CommonOptions.PageSize();
        size.DefaultValueFactory = _ => 200;
        var command = new Command("logs", "Show a run's log.") { run, project, block, page, size };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var id = await ResolveAsync(session.Store.Runs, parse.GetValue(run)!, cancellationToken);
            var lines = await session.Store.Logs.ListAsync(
                new LogFilter(id, parse.GetValue(block)), new PageRequest(parse.GetValue(page), parse.GetValue(size)), cancellationToken);
            foreach (var line in lines.Items)
            {
                var at = line.At.ToLocalTime().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
                console.Out.WriteLine($"{at} [{line.Block ?? "run"}#{line.Attempt}] {line.Level}: {line.Message}");
            }

            console.Out.WriteLine($"page {lines.Number} of {Math.Max(lines.PageCount, 1)} ({lines.Total} lines)");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<RunId> ResolveAsync(IRunStore runs, string text, CancellationToken cancellationToken)
    {
        var matches = await runs.FindRunsByPrefixAsync(text, cancellationToken);
        return matches.Count switch
        {
            0 => throw new SluiceException($"No run has an id starting with '{text}' (see 'sluice runs')."),
            1 => matches[0].Id,
            _ => matches.FirstOrDefault(m => m.Id.Value == text)?.Id
                ?? throw new SluiceException($"'{text}' starts {matches.Count} run ids; give more of it."),
        };
    }
}
