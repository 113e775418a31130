using System.Diagnostics;

namespace Sluice.Cli.Tests;

/// <summary>Signals to a real `sluice` process: what a user sends, not a token a test cancels.</summary>
public sealed class CancellationTests : IDisposable
{
    private readonly string _project = Path.Combine(Path.GetTempPath(), "sluice-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly List<string> _output = [];

    [Fact]
    public async Task Run_OnCtrlC_EndsCancelledWithExitCode130_AndLeavesNoOutputOfTheInterruptedBlock()
    {
        using var sluice = await StartWhileBlockWaitsAsync();

        Signals.Interrupt(sluice.Id);

        await sluice.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        sluice.ExitCode.ShouldBe(ExitCodes.Cancelled);
        lock (_output)
        {
            _output.ShouldContain(line => line.Contains("[wait] Cancelled", StringComparison.Ordinal));
        }

        var outputs = Path.Combine(_project, ".sluice", "outputs", "p");
        (Directory.Exists(outputs) ? Directory.GetDirectories(outputs, "wait*", SearchOption.AllDirectories) : []).ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_WhenItsProcessIsKilled_IsFailedNotRunning_AtTheNextCommand()
    {
        using var sluice = await StartWhileBlockWaitsAsync();

        sluice.Kill();
        await sluice.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        using var runs = new StringWriter();
        await SluiceCli.RunAsync(["runs", "--project", _project], new CliConsole(runs, TextWriter.Null, Interactive: false));

        runs.ToString().Split('\n')[1].ShouldContain(" Failed ");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_project, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder is not worth a failed test.
        }
    }

    // A project whose one block waits a minute, run by a real sluice process, returned once that block started.
    private async Task<Process> StartWhileBlockWaitsAsync()
    {
        var quiet = new CliConsole(TextWriter.Null, TextWriter.Null, Interactive: false);
        await SluiceCli.RunAsync(["init", _project], quiet);
        await SluiceCli.RunAsync(["new", "pipeline", "p", "--project", _project], quiet);
        await SluiceCli.RunAsync(["new", "block", "p", "wait", "--kind", "custom", "--project", _project], quiet);
        File.WriteAllText(Path.Combine(_project, "custom", "wait.cs"), """
            public static class Wait
            {
                [Custom]
                public static async Task<int> Run(BlockContext context)
                {
                    await Task.Delay(TimeSpan.FromSeconds(60), context.CancellationToken);
                    return 1;
                }
            }
            """);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "sluice.dll"), "run", "p", "--project", _project },
        };
        var sluice = Process.Start(start) ?? throw new InvalidOperationException("Could not start sluice.");
        var started = new TaskCompletionSource();
        sluice.OutputDataReceived += (_, line) =>
        {
            lock (_output)
            {
                _output.Add(line.Data ?? string.Empty);
            }

            if (line.Data?.Contains("[wait] started", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        sluice.BeginOutputReadLine();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return sluice;
    }
}
