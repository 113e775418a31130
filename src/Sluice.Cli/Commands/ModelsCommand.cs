using System.CommandLine;
using System.Globalization;

using Sluice.Cli.Display;
using Sluice.Core;
using Sluice.Server.Registry;
using Sluice.Server.Tracking;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice models</c>: registered models; <c>versions</c>, <c>register</c> and <c>alias</c> work on one.</summary>
internal static class ModelsCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var search = new Option<string?>("--search") { Description = "Only models whose name holds this text (ignoring case)." };
        var page = CommonOptions.Page();
        var size = CommonOptions.PageSize();
        var command = new Command("models", "List registered models with their latest version and aliases.")
        {
            project, search, page, size, ModelVersionsCommand.Create(console), ModelRegisterCommand.Create(console), ModelAliasCommand.Create(console),
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var models = await ModelQueries.ListAsync(
                session.Project, parse.GetValue(search), new PageRequest(parse.GetValue(page), parse.GetValue(size)), cancellationToken);
            var rows = models.Items.Select(m => new[]
            {
                m.Name, m.LatestVersion.ToString(CultureInfo.InvariantCulture), Aliases(m.Aliases), TrackingFormat.Time(m.UpdatedAt),
            }).ToList();
            CliTable.Write(console, ["model", "latest", "aliases", "updated"], rows);
            console.Out.WriteLine($"page {models.Number} of {Math.Max(models.PageCount, 1)} ({models.Total} models)");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Model <paramref name="name"/>, or an error naming it.</summary>
    public static async Task<RegisteredModelView> FindAsync(Sluice.Engine.SluiceProject project, string name, CancellationToken cancellationToken) =>
        await ModelQueries.FindAsync(project, name, cancellationToken)
        ?? throw new SluiceException($"There is no registered model '{name}' in this project (see 'sluice models').");

    private static string Aliases(IReadOnlyDictionary<string, int> aliases) =>
        aliases.Count == 0 ? "-" : string.Join(", ", aliases.Select(a => $"{a.Key}=v{a.Value.ToString(CultureInfo.InvariantCulture)}"));
}
