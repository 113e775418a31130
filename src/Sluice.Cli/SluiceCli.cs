using System.CommandLine;
using Sluice.Cli.Commands;
using Sluice.Core;

namespace Sluice.Cli;

/// <summary>The <c>sluice</c> command line.</summary>
public static class SluiceCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command, and returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Sluice: build, run and test machine-learning pipelines made of C# blocks.")
        {
            InitCommand.Create(console),
            NewCommand.Create(console),
            RunCommand.Create(console),
            TestCommand.Create(console),
            RunsCommand.Create(console),
            LogsCommand.Create(console),
            ExperimentsCommand.Create(console),
            ModelsCommand.Create(console),
            CleanCommand.Create(console),
            StartCommand.Create(console),
        };
        // Our own handler below turns a user mistake into one line; anything else is a bug and keeps its stack trace.
        var configuration = new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await root.Parse(args).InvokeAsync(configuration, cancellationToken);
        }
        catch (SluiceException e)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C before any block started (while compiling, say): nothing ran, so there is no run to report.
            await console.Error.WriteLineAsync("Cancelled before the run started.");
            return ExitCodes.Cancelled;
        }
    }
}
