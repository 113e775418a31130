using System.CommandLine;

using Sluice.Server.Registry;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice models register &lt;name&gt; &lt;tracked-run-id&gt;</c>: a tracked run's model becomes the next version.</summary>
internal static class ModelRegisterCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "The model's name; created when new." };
        var run = new Argument<string>("tracked-run-id") { Description = "The tracked run whose model folder to register." };
        var artifact = new Option<string?>("--artifact") { Description = "The run's model folder; 'model' by default." };
        var project = CommonOptions.Project();
        var command = new Command("register", "Register a tracked run's logged model as the model's next version.") { name, run, artifact, project };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await ProjectSession.OpenAsync(parse.GetValue(project)!, cancellationToken);
            var version = await ModelQueries.RegisterAsync(
                session.Project, parse.GetValue(name)!, parse.GetValue(run)!, parse.GetValue(artifact), cancellationToken);
            console.Out.WriteLine(
                $"Registered version {version.Version} of model '{version.Model}' from tracked run {version.TrackedRunName} ({version.TrackedRunId}).");
            return ExitCodes.Success;
        });
        return command;
    }
}
