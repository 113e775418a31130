using System.CommandLine;

using Microsoft.Extensions.Options;

using Sluice.Server.Hosting;

namespace Sluice.Cli.Commands;

/// <summary>
/// <c>sluice start [folder]</c>: serves the browser editor, the REST API and the run machinery for the projects of a
/// folder, on http://127.0.0.1:6789 unless told otherwise. Stops on Ctrl+C, cancelling the runs it started.
/// </summary>
internal static class StartCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<DirectoryInfo>("folder")
        {
            Description = "A project, or a folder of projects (new projects are created there).",
            DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
        };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on. Any address but 127.0.0.1 needs --token.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var port = new Option<int>("--port")
        {
            Description = "The port to listen on.",
            DefaultValueFactory = _ => ServerOptions.DefaultPort,
        };
        var token = new Option<string?>("--token")
        {
            Description = "The password the UI asks for and API calls send as a bearer token (or set SLUICE_TOKEN).",
        };
        var command = new Command("start", "Serve the browser editor and API for a folder of projects.") { folder, host, port, token };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ServerOptions
            {
                Folder = parse.GetValue(folder)!.FullName,
                Address = parse.GetValue(host)!,
                Port = parse.GetValue(port),
                Token = parse.GetValue(token) ?? Environment.GetEnvironmentVariable("SLUICE_TOKEN"),
            };
            WebApplication app;
            try
            {
                app = SluiceServer.Build(options);
            }
            catch (OptionsValidationException e)
            {
                await console.Error.WriteLineAsync($"error: {string.Join("; ", e.Failures)}");
                return ExitCodes.UsageError;
            }

            await using (app)
            {
                await app.StartAsync(cancellationToken);
                await console.Out.WriteLineAsync($"Sluice is serving {options.Folder} at {string.Join(", ", app.Urls)}");
                await app.WaitForShutdownAsync(cancellationToken);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
