using System.CommandLine;
using System.Globalization;

using Sluice.Cli.Display;
using Sluice.Core;
using Sluice.Server.Registry;
using Sluice.Server.Tracking;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice models versions &lt;name&gt;</c>: a model's versions, highest first, with runs, signatures and aliases.</summary>
internal static class ModelVersionsCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "The registered model's name." };
        var project = CommonOptions.Project();
        var page = CommonOptions.Page();
        var size = CommonOptions.PageSize();
        var command = new Command("versions", "List a model's versions, highest first.") { name, project, page, size };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var model = await ModelsCommand.FindAsync(session.Project, parse.GetValue(name)!, cancellationToken);
            var versions = await ModelQueries.VersionsAsync(
                session.Project, model.Name, new PageRequest(parse.GetValue(page), parse.GetValue(size)), cancellationToken);
            var rows = versions.Items.Select(v => new[]
            {
                v.Version.ToString(CultureInfo.InvariantCulture),
                v.Aliases.Count == 0 ? "-" : string.Join(", ", v.Aliases),
                TrackingFormat.Time(v.CreatedAt),
                v.TrackedRunName ?? "-",
                v.TrackedRunId,
                $"{string.Join(", ", v.Inputs)} -> {string.Join(", ", v.Outputs)}",
            }).ToList();
            CliTable.Write(console, ["version", "aliases", "registered", "run", "run id", "signature"], rows);
            console.Out.WriteLine($"page {versions.Number} of {Math.Max(versions.PageCount, 1)} ({versions.Total} versions of {model.Name})");
            return ExitCodes.Success;
        });
        return command;
    }
}
