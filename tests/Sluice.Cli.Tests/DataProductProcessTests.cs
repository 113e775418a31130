using System.Diagnostics;

using Sluice.Core;
using Sluice.Storage.Sqlite;

namespace Sluice.Cli.Tests;

/// <summary>
/// Two real `sluice run` processes whose pipelines reuse one stale data product: one recomputes it, the other waits
/// for that and reuses it. The product's block holds until the test lets it go, so the second process surely asks
/// while the first one's recomputation runs.
/// </summary>
public sealed class DataProductProcessTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly string _project = Path.Combine(Path.GetTempPath(), "sluice-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource _oneWaits = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task TwoProcessesAtOnce_RecomputeTheProductOnce_AndBothUseIt()
    {
        WriteProject();
        using var training = Start("training");
        using var evaluation = Start("evaluation");

        await _oneWaits.Task.WaitAsync(Patience);
        File.WriteAllText(Path.Combine(_project, "go.txt"), "go");
        await Task.WhenAll(training.WaitForExitAsync(), evaluation.WaitForExitAsync()).WaitAsync(Patience);

        string[] lines;
        lock (_output)
        {
            lines = [.. _output];
        }

        training.ExitCode.ShouldBe(ExitCodes.Success, string.Join('\n', lines));
        evaluation.ExitCode.ShouldBe(ExitCodes.Success, string.Join('\n', lines));
        await using var store = await SqliteMetadataStore.OpenAsync(Path.Combine(_project, ".sluice", "sluice.db"));
        var made = (await store.Runs.ListRunsAsync(new RunFilter(new PipelineId("data_preparation")), new PageRequest())).Items;
        var source = made.ShouldHaveSingleItem();
        source.Status.ShouldBe(RunStatus.Completed);
        lines.Count(l => l.Contains($"recomputed: run {source.Id}", StringComparison.Ordinal)).ShouldBe(1);
        lines.Count(l => l.Contains($"reused outputs of run {source.Id}", StringComparison.Ordinal)).ShouldBe(1);
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

    private Process Start(string pipeline)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "sluice.dll"), "run", pipeline, "--project", _project },
        };
        var sluice = Process.Start(start) ?? throw new InvalidOperationException("Could not start sluice.");
        sluice.OutputDataReceived += (_, line) =>
        {
            lock (_output)
            {
                _output.Add($"{pipeline}: {line.Data}");
            }

            if (line.Data?.Contains("waiting for the recomputation", StringComparison.Ordinal) == true)
            {
                _oneWaits.TrySetResult();
            }
        };
        sluice.BeginOutputReadLine();
        return sluice;
    }

    private void WriteProject()
    {
        Write("sluice.yaml", """
            name: products
            data_products:
              prepared:
                pipeline: data_preparation
                block: prepare
                max_age: 10m
            """);
        Write("transformers/prepare.cs", """
            public static class Prepare
            {
                [Transformer]
                public static async Task<int[]> Run(BlockContext context)
                {
                    while (!File.Exists(Path.Combine(context.Run.ProjectDirectory, "go.txt")))
                    {
                        await Task.Delay(20, context.CancellationToken);
                    }

                    return [1, 2, 3];
                }
            }
            """);
        Write("transformers/train.cs", """
            public static class Train
            {
                [Transformer]
                public static int Run(int[] values) => values.Sum();
            }
            """);
        Write("pipelines/data_preparation/pipeline.yaml", "blocks:\n  - name: prepare\n    kind: transformer\n");
        foreach (var consumer in new[] { "training", "evaluation" })
        {
            Write($"pipelines/{consumer}/pipeline.yaml", """
                blocks:
                  - name: prepared
                    data_product: prepared
                  - name: train
                    kind: transformer
                    upstream: [prepared]
                """);
        }
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_project, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
