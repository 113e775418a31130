using System.CommandLine;
using System.Globalization;

using Sluice.Core;
using Sluice.Server.Registry;

namespace Sluice.Cli.Commands;

/// <summary>
/// <c>sluice models alias &lt;name&gt; &lt;alias&gt; &lt;version&gt;</c>: points an alias such as <c>champion</c> at a
/// version, moving it; with <c>--delete</c>, removes it.
/// </summary>
internal static class ModelAliasCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "The registered model's name." };
        var alias = new Argument<string>("alias") { Description = "The alias, such as champion." };
        var version = new Argument<string?>("version") { Description = "The version number the alias points at.", Arity = ArgumentArity.ZeroOrOne };
        var delete = new Option<bool>("--delete") { Description = "Remove the alias instead; the version stays." };
        var project = CommonOptions.Project();
        var command = new Command("alias", "Point an alias at a version (moving it), or remove it with --delete.") { name, alias, version, delete, project };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var aliasName = parse.GetValue(alias)!;
            RegistryNames.CheckAlias(aliasName);
            if (parse.GetValue(delete) && parse.GetValue(version) is { } given)
            {
                throw new SluiceException($"--delete removes alias '{aliasName}' whatever version it points at; give no version ('{given}').");
            }

            var number = parse.GetValue(delete) ? (int?)null : VersionOf(parse.GetValue(version), aliasName);
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var model = await ModelsCommand.FindAsync(session.Project, parse.GetValue(name)!, cancellationToken);
            if (number is not { } target)
            {
                if (!await ModelQueries.DeleteAliasAsync(session.Project, model.Name, aliasName, cancellationToken))
                {
                    throw new SluiceException($"Model '{model.Name}' has no alias '{aliasName}'.");
                }

                console.Out.WriteLine($"Deleted alias '{aliasName}' of model '{model.Name}'.");
                return ExitCodes.Success;
            }

            var before = model.Aliases.TryGetValue(aliasName, out var old) ? old : (int?)null;
            await ModelQueries.SetAliasAsync(session.Project, model.Name, aliasName, target, cancellationToken);
            console.Out.WriteLine(before is { } from && from != target
                ? $"Moved alias '{aliasName}' of model '{model.Name}' from version {from} to version {target}."
                : $"Alias '{aliasName}' of model '{model.Name}' points at version {target}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int VersionOf(string? text, string alias) =>
        text is null
            ? throw new SluiceException($"No version given: write 'sluice models alias <name> {alias} <version>', or add --delete to remove the alias.")
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
                ? number
                : throw new SluiceException($"Version '{text}' is not a version number; versions count from 1 (see 'sluice models versions <name>').");
}
