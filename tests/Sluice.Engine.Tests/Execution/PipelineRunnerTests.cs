using Microsoft.Data.Analysis;
using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.Execution;

public sealed class PipelineRunnerTests
{
    private const string Numbers = """
        public static class Numbers
        {
            [DataLoader]
            public static DataFrame Run(BlockContext context)
            {
                var count = context.Variables.Get("count", 5);
                context.Logger.LogInformation("making {Count} rows", count);
                return new DataFrame(new PrimitiveDataFrameColumn<int>("n", Enumerable.Range(1, count)));
            }
        }
        """;

    private const string Doubled = """
        public static class Doubled
        {
            [Transformer]
            public static (DataFrame Frame, long Total) Run(DataFrame numbers)
            {
                var doubled = (PrimitiveDataFrameColumn<int>)numbers["n"].Multiply(2);
                doubled.SetName("n2");
                return (new DataFrame(doubled), Convert.ToInt64(doubled.Sum(), System.Globalization.CultureInfo.InvariantCulture));
            }

            [BlockTest]
            public static void TotalIsPositive(DataFrame frame, long total) =>
                BlockAssert.True(total > 0, "total should be positive");
        }
        """;

    private static TempProject TwoBlockProject(string extraSettings = "") => new TempProject()
        .Write("data_loaders/numbers.cs", Numbers)
        .Write("transformers/doubled.cs", Doubled)
        .Write("pipelines/p/pipeline.yaml", $"""
            {extraSettings}
            blocks:
              - name: numbers
                kind: data_loader
              - name: doubled
                kind: transformer
                upstream: [numbers]
            """);

    [Fact]
    public async Task Run_WhenEveryBlockSucceeds_CompletesAndStoresOutputsThatLoadBack()
    {
        await using var temp = TwoBlockProject();
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        result.Blocks.Select(b => b.Run.Status).ShouldAllBe(s => s == BlockRunStatus.Completed);
        result.Block("doubled").Tests.ShouldHaveSingleItem().Passed.ShouldBeTrue();
        (await result.ReadOutputAsync<long>("doubled", "Total")).ShouldBe(30);
        var frame = await result.ReadOutputAsync<DataFrame>("doubled", "Frame");
        frame.Rows.Count.ShouldBe(5);
        frame["n2"][4].ShouldBe(10);
    }

    [Fact]
    public async Task Run_RecordsVersionVariablesAttemptsAndLogs()
    {
        await using var temp = TwoBlockProject();
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p", new Dictionary<string, object?> { ["count"] = "3" });

        var stored = await temp.Store.Runs.FindRunAsync(result.Run.Id);
        stored.ShouldNotBeNull();
        stored.VersionHash.ShouldNotBeNullOrWhiteSpace();
        stored.Variables["count"].ShouldBe("3");
        result.Block("numbers").Run.Attempts.ShouldBe(1);
        var logs = await temp.Store.Logs.ListAsync(new LogFilter(result.Run.Id, "numbers"), new PageRequest());
        logs.Items.ShouldContain(l => l.Message.Contains("making 3 rows", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_VariablesOverrideByPrecedence_ProjectThenPipelineThenRun()
    {
        await using var temp = new TempProject()
            .Write("sluice.yaml", "name: vars\nvariables:\n  a: project\n  b: project\n  c: project\n")
            .Write("custom/show.cs", """
                public static class Show
                {
                    [Custom]
                    public static string Run(BlockContext context) =>
                        $"{context.Variables.GetString("a", "-")},{context.Variables.GetString("b", "-")},{context.Variables.GetString("c", "-")}";
                }
                """)
            .Write("pipelines/p/pipeline.yaml", """
                variables:
                  b: pipeline
                  c: pipeline
                blocks:
                  - name: show
                    kind: custom
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p", new Dictionary<string, object?> { ["c"] = "run" });

        (await result.ReadOutputAsync<string>("show", "output_0")).ShouldBe("project,pipeline,run");
    }

    [Fact]
    public async Task Run_WhenABlockFails_MarksDownstreamUpstreamFailedWithTheError()
    {
        await using var temp = TwoBlockProject()
            .Write("data_loaders/numbers.cs", """
                public static class Numbers
                {
                    [DataLoader]
                    public static DataFrame Run() => throw new InvalidOperationException("source is down");
                }
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Failed);
        var numbers = result.Block("numbers").Run;
        numbers.Status.ShouldBe(BlockRunStatus.Failed);
        numbers.Error.ShouldNotBeNull();
        numbers.Error.ShouldContain("InvalidOperationException: source is down");
        numbers.Error.ShouldContain("data_loaders/numbers.cs:4");
        result.Block("doubled").Run.Status.ShouldBe(BlockRunStatus.UpstreamFailed);
    }

    [Fact]
    public async Task Run_WithRetries_RetriesAFailingAttemptWithBackoffAndSucceeds()
    {
        await using var temp = TwoBlockProject("settings:\n  retries: 2\n  retry_delay: 10ms")
            .Write("data_loaders/numbers.cs", """
                public static class Numbers
                {
                    [DataLoader]
                    public static DataFrame Run(BlockContext context) => context.Run.Attempt < 3
                        ? throw new IOException($"flaky {context.Run.Attempt}")
                        : new DataFrame(new PrimitiveDataFrameColumn<int>("n", [1, 2]));
                }
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        result.Block("numbers").Run.Attempts.ShouldBe(3);
        var events = await temp.Store.Runs.ListEventsAsync(result.Run.Id);
        events.OfType<BlockAttemptFailed>().Select(e => e.Error.Split(" (at ")[0]).ShouldBe(["IOException: flaky 1", "IOException: flaky 2"]);
    }

    [Fact]
    public async Task Run_WhenABlockOutlivesItsTimeout_FailsSayingItTimedOut()
    {
        await using var temp = new TempProject()
            .Write("custom/slow.cs", """
                public static class Slow
                {
                    [Custom]
                    public static async Task<int> Run(BlockContext context)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(30), context.CancellationToken);
                        return 1;
                    }
                }
                """)
            .Write("pipelines/p/pipeline.yaml", """
                blocks:
                  - name: slow
                    kind: custom
                    settings: { timeout: 200ms }
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Failed);
        result.Block("slow").Run.Error.ShouldNotBeNull().ShouldContain("Timed out after");
    }

    [Fact]
    public async Task Run_WhenABlockTestFails_FailsTheBlockWithExpectedAndActual_AndStoresNoOutput()
    {
        await using var temp = TwoBlockProject()
            .Write("transformers/doubled.cs", """
                public static class Doubled
                {
                    [Transformer]
                    public static long Run(DataFrame numbers) => numbers.Rows.Count;

                    [BlockTest]
                    public static void HasTenRows(long rows) =>
                        BlockAssert.Equal(10L, rows, "Entire dataset should have 10 examples");
                }
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        var doubled = result.Block("doubled");
        doubled.Run.Status.ShouldBe(BlockRunStatus.Failed);
        doubled.Run.Error.ShouldBe("Block test 'HasTenRows' failed: Entire dataset should have 10 examples: expected 10, but was 5");
        doubled.Tests.ShouldHaveSingleItem().Passed.ShouldBeFalse();
        project.Outputs.Exists(new BlockKey(result.Run.Pipeline, result.Run.Id, "doubled")).ShouldBeFalse();
    }

    [Fact]
    public async Task Run_WhenCancelled_EndsCancelledAndLeavesNoOutputOfTheRunningBlock()
    {
        await using var temp = new TempProject()
            .Write("custom/wait.cs", """
                public static class Wait
                {
                    [Custom]
                    public static async Task<int> Run(BlockContext context)
                    {
                        await Task.Delay(TimeSpan.FromSeconds(30), context.CancellationToken);
                        return 1;
                    }
                }
                """)
            .Write("custom/after.cs", """
                public static class After
                {
                    [Custom]
                    public static int Run(int value) => value + 1;
                }
                """)
            .Write("pipelines/p/pipeline.yaml", """
                blocks:
                  - name: wait
                    kind: custom
                  - name: after
                    kind: custom
                    upstream: [wait]
                """);
        var project = await temp.OpenAsync();
        using var cancel = new CancellationTokenSource();
        var observer = new StartedObserver("wait", cancel);

        var result = await project.RunAsync(new RunRequest("p"), observer, cancel.Token);

        result.Run.Status.ShouldBe(RunStatus.Cancelled);
        result.Block("wait").Run.Status.ShouldBe(BlockRunStatus.Cancelled);
        result.Block("after").Run.Status.ShouldBe(BlockRunStatus.Cancelled);
        project.Outputs.Exists(new BlockKey(result.Run.Pipeline, result.Run.Id, "wait")).ShouldBeFalse();
        Directory.Exists(Path.Combine(temp.Root, ".sluice", "outputs", "p", result.Run.Id.Value))
            .ShouldBeFalse("nothing half-written may remain");
    }

    [Fact]
    public async Task Run_ReadyBlocksRunInParallel_UpToTheConcurrencyLimit()
    {
        // Both blocks wait at one barrier: they can only both pass if they run at the same time.
        const string Meet = """
            public static class {0}
            {{
                [Custom]
                public static bool Run() => Rendezvous.Barrier.SignalAndWait(TimeSpan.FromSeconds(20));
            }}
            """;
        await using var temp = new TempProject()
            .Write("utils/rendezvous.cs", "public static class Rendezvous { public static readonly Barrier Barrier = new(2); }")
            .Write("custom/left.cs", string.Format(System.Globalization.CultureInfo.InvariantCulture, Meet, "Left"))
            .Write("custom/right.cs", string.Format(System.Globalization.CultureInfo.InvariantCulture, Meet, "Right"))
            .Write("pipelines/p/pipeline.yaml", """
                settings: { concurrency: 2 }
                blocks:
                  - name: left
                    kind: custom
                  - name: right
                    kind: custom
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        (await result.ReadOutputAsync<bool>("left", "output_0")).ShouldBeTrue();
        (await result.ReadOutputAsync<bool>("right", "output_0")).ShouldBeTrue();
    }

    [Fact]
    public async Task Run_UtilsWrittenWithoutAccessModifiers_AreUsableFromBlocks()
    {
        // The way most people write a helper: no 'public' anywhere, as in a Python util module.
        await using var temp = new TempProject()
            .Write("utils/text/shout.cs", """
                namespace Helpers;

                static class Shout
                {
                    internal static string Loud(string text) => text.ToUpperInvariant() + "!";
                }
                """)
            .Write("custom/greet.cs", """
                public static class Greet
                {
                    [Custom]
                    public static string Run() => Helpers.Shout.Loud("hello");
                }
                """)
            .Write("pipelines/p/pipeline.yaml", "blocks:\n  - name: greet\n    kind: custom\n");
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        (await result.ReadOutputAsync<string>("greet", "output_0")).ShouldBe("HELLO!");
    }

    private sealed class StartedObserver(string block, CancellationTokenSource cancel) : IRunObserver
    {
        public void OnEvent(RunEvent runEvent)
        {
            if (runEvent is BlockStarted started && started.Block == block)
            {
                cancel.CancelAfter(TimeSpan.FromMilliseconds(100));
            }
        }

        public void OnLog(LogEntry entry)
        {
        }
    }
}
