using System.CommandLine;
using Sluice.Engine.Projects;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice init [folder]</c>: creates a project with Mage's layout.</summary>
internal static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<DirectoryInfo>("folder")
        {
            Description = "Where to create the project (created if missing).",
            DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
        };
        var name = new Option<string?>("--name") { Description = "The project's name; the folder's name by default." };
        var command = new Command("init", "Create a new project.") { folder, name };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(folder)!;
            ProjectScaffolder.InitProject(directory.FullName, parse.GetValue(name) ?? directory.Name);
            console.Out.WriteLine($"Created project '{parse.GetValue(name) ?? directory.Name}' in {directory.FullName}");
            console.Out.WriteLine("Next: sluice new pipeline <name>, then sluice new block <pipeline> <block> --kind data_loader");
            return ExitCodes.Success;
        });
        return command;
    }
}
