using System.Diagnostics;

namespace Sluice.Cli.Tests;

/// <summary>Ctrl+C on a real `sluice` process: the signal a user sends, not a token a test cancels.</summary>
public sealed class CancellationTests : IDisposable
{
    private readonly string _project = Path.Combine(Path.GetTempPath(), "sluice-cli-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Run_OnCtrlC_EndsCancelledWithExitCode130_AndLeavesNoOutputOfTheInterruptedBlock()
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
        using var sluice = Start("run", "p", "--project", _project);
        var output = new List<string>();
        var started = new TaskCompletionSource();
        sluice.OutputDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.Add(line.Data ?? string.Empty);
            }

            if (line.Data?.Contains("[wait] started", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        sluice.BeginOutputReadLine();

        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        using (var signal = Process.Start("kill", ["-INT", sluice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        await sluice.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        sluice.ExitCode.ShouldBe(ExitCodes.Cancelled);
        lock (output)
        {
            output.ShouldContain(line => line.Contains("[wait] Cancelled", StringComparison.Ordinal));
        }

        var outputs = Path.Combine(_project, ".sluice", "outputs", "p");
        (Directory.Exists(outputs) ? Directory.GetDirectories(outputs, "wait*", SearchOption.AllDirectories) : []).ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_WhenItsProcessIsKilled_IsFailedNotRunning_AtTheNextCommand()
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
        using var sluice = Start("run", "p", "--project", _project);
        var started = new TaskCompletionSource();
        sluice.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("[wait] started", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        sluice.BeginOutputReadLine();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        sluice.Kill();
        await sluice.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        using var output = new StringWriter();
        await SluiceCli.RunAsync(["runs", "--project", _project], new CliConsole(output, TextWriter.Null, Interactive: false));

        var row = output.ToString().Split('\n')[1];
        row.ShouldContain(" Failed ");
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sluice.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start sluice.");
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
}
