using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Engine.Tests.Support;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Execution;

public sealed class BlockTrackingTests
{
    private static TempProject OneBlock(string body, string settings = "") => new TempProject()
        .Write("custom/work.cs", $$"""
            public static class Work
            {
                [Custom]
                public static async Task<int> Run(BlockContext context)
                {
            {{body}}
                }
            }
            """)
        .Write("pipelines/p/pipeline.yaml", $"""
            {settings}
            blocks:
              - name: work
                kind: custom
            """);

    private static async Task<List<TrackedRun>> TrackedRunsOfAsync(TempProject temp, RunId run) =>
        [.. (await temp.Store.Tracking.ListRunsAsync(TrackedRunFilter.All with { PipelineRun = run }, new PageRequest())).Items
            .OrderBy(r => r.StartedAt).ThenBy(r => r.Id.Value, StringComparer.Ordinal)];

    [Fact]
    public async Task Run_WhenTheBlockCompletes_EndsTheRunsItLeftOpenFinished()
    {
        await using var temp = OneBlock("""
                    var run = await context.Tracking.StartRunAsync("e");
                    await run.LogMetricAsync("m", 1);
                    return 1;
            """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        var tracked = (await TrackedRunsOfAsync(temp, result.Run.Id)).ShouldHaveSingleItem();
        tracked.Status.ShouldBe(TrackedRunStatus.Finished);
        tracked.Name.ShouldBe("work-1");
        tracked.EndedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Run_WhenTheBlockFails_EndsTheRunsItLeftOpenFailed()
    {
        await using var temp = OneBlock("""
                    var run = await context.Tracking.StartRunAsync("e");
                    await run.LogMetricAsync("m", 1);
                    throw new InvalidOperationException("boom");
            """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Failed);
        (await TrackedRunsOfAsync(temp, result.Run.Id)).ShouldHaveSingleItem().Status.ShouldBe(TrackedRunStatus.Failed);
    }

    [Fact]
    public async Task Run_WithARetry_EndsTheFailedAttemptsRunFailed_AndTheGoodAttemptsRunFinished()
    {
        await using var temp = OneBlock(
            """
                    var run = await context.Tracking.StartRunAsync("e");
                    if (context.Run.Attempt == 1) throw new IOException("flaky");
                    return 1;
            """,
            "settings:\n  retries: 1\n  retry_delay: 10ms");
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        var tracked = await TrackedRunsOfAsync(temp, result.Run.Id);
        tracked.Select(r => (r.Source!.Attempt, r.Tags["sluice.attempt"], r.Status)).ShouldBe(
            [(1, "1", TrackedRunStatus.Failed), (2, "2", TrackedRunStatus.Finished)]);
    }

    [Fact]
    public async Task Run_WhenCancelled_EndsTheRunsTheBlockLeftOpenKilled()
    {
        await using var temp = OneBlock("""
                    var run = await context.Tracking.StartRunAsync("e");
                    context.Logger.LogInformation("tracking started");
                    await Task.Delay(TimeSpan.FromSeconds(30), context.CancellationToken);
                    return 1;
            """);
        var project = await temp.OpenAsync();
        using var cancel = new CancellationTokenSource();

        var result = await project.RunAsync(new RunRequest("p"), new CancelOnLog("tracking started", cancel), cancel.Token);

        result.Run.Status.ShouldBe(RunStatus.Cancelled);
        (await TrackedRunsOfAsync(temp, result.Run.Id)).ShouldHaveSingleItem().Status.ShouldBe(TrackedRunStatus.Killed);
    }

    [Fact]
    public async Task Run_WhenTheBlockChangesAParam_FailsTheBlockNamingTheParam()
    {
        await using var temp = OneBlock("""
                    await using var run = await context.Tracking.StartRunAsync("e");
                    await run.LogParamAsync("learning_rate", 0.1);
                    await run.LogParamAsync("learning_rate", 0.2);
                    return 1;
            """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        var error = result.Block("work").Run.Error.ShouldNotBeNull();
        error.ShouldContain("Param 'learning_rate' of tracked run", Case.Sensitive);
        error.ShouldContain("is already '0.1' and cannot become '0.2'", Case.Sensitive);
        (await TrackedRunsOfAsync(temp, result.Run.Id)).ShouldHaveSingleItem().Params["learning_rate"].ShouldBe("0.1");
    }

    private sealed class CancelOnLog(string message, CancellationTokenSource cancel) : IRunObserver
    {
        public void OnEvent(RunEvent runEvent)
        {
        }

        public void OnLog(LogEntry entry)
        {
            if (entry.Message.Contains(message, StringComparison.Ordinal))
            {
                cancel.Cancel();
            }
        }
    }
}
