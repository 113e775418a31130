using System.CommandLine;
using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice clean</c>: deletes outputs and logs of runs older than the retention.</summary>
internal static class CleanCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var olderThan = new Option<string?>("--older-than")
        {
            Description = "Delete outputs and logs of runs that ended longer ago than this (e.g. 7d, 12h); the project's retention by default.",
        };
        var command = new Command("clean", "Delete old outputs and logs; run records stay.") { project, olderThan };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TimeSpan? retention = null;
            if (parse.GetValue(olderThan) is { } text)
            {
                retention = Durations.TryParse(text, out var parsed)
                    ? parsed
                    : throw new SluiceException($"--older-than '{text}' is not a duration; write e.g. 30d, 12h, 90m or 45s.");
            }

            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var cleaned = await session.Project.CleanAsync(retention, cancellationToken);
            console.Out.WriteLine($"Cleaned the outputs and logs of {cleaned} run(s).");
            return ExitCodes.Success;
        });
        return command;
    }
}
