using Sluice.Core;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.Execution;

public sealed class SensorAndConditionTests
{
    private const string After = """
        public static class After
        {
            [Custom]
            public static string Run(bool ready) => "ran";
        }
        """;

    [Fact]
    public async Task Sensor_IsCalledAgainEveryPollInterval_UntilItReturnsTrue_ThenDownstreamRuns()
    {
        await using var temp = new TempProject()
            .Write("sensors/wait_for_file.cs", """
                public static class WaitForFile
                {
                    [Sensor]
                    public static bool Run(BlockContext context)
                    {
                        var marker = Path.Combine(context.Run.ProjectDirectory, "checks.txt");
                        File.AppendAllText(marker, "x");
                        return File.ReadAllText(marker).Length >= 3;
                    }
                }
                """)
            .Write("custom/after.cs", After)
            .Write("pipelines/p/pipeline.yaml", """
                blocks:
                  - name: wait_for_file
                    kind: sensor
                    settings: { poll_interval: 20ms }
                  - name: after
                    kind: custom
                    upstream: [wait_for_file]
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        temp.Read("checks.txt").ShouldBe("xxx");
        result.Block("wait_for_file").Run.Attempts.ShouldBe(1);
        (await result.ReadOutputAsync<string>("after", "output_0")).ShouldBe("ran");
    }

    [Fact]
    public async Task Sensor_ThatNeverHolds_FailsWhenItsTimeoutPasses()
    {
        await using var temp = new TempProject()
            .Write("sensors/never.cs", "public static class Never { [Sensor] public static bool Run() => false; }")
            .Write("pipelines/p/pipeline.yaml", """
                blocks:
                  - name: never
                    kind: sensor
                    settings: { poll_interval: 20ms, timeout: 300ms }
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Failed);
        result.Block("never").Run.Error.ShouldNotBeNull().ShouldContain("Timed out after");
    }

    [Fact]
    public async Task Condition_ReturningFalse_EndsEverythingDownstreamConditionFailed_AndTheRunCompletes()
    {
        await using var temp = new TempProject()
            .Write("conditionals/weekday.cs", """
                public static class Weekday
                {
                    [Condition]
                    public static bool Run(BlockContext context) => context.Variables.Get("go", false);
                }
                """)
            .Write("custom/after.cs", After)
            .Write("pipelines/p/pipeline.yaml", """
                blocks:
                  - name: weekday
                    kind: condition
                  - name: after
                    kind: custom
                    upstream: [weekday]
                """);
        var project = await temp.OpenAsync();

        var stopped = await project.RunAsync("p");
        var released = await project.RunAsync("p", new Dictionary<string, object?> { ["go"] = "true" });

        stopped.Run.Status.ShouldBe(RunStatus.Completed, stopped.Run.Error);
        stopped.Block("weekday").Run.Status.ShouldBe(BlockRunStatus.Completed);
        stopped.Block("after").Run.Status.ShouldBe(BlockRunStatus.ConditionFailed);
        stopped.Block("after").Run.Error.ShouldBe("Condition 'weekday' returned false.");
        released.Block("after").Run.Status.ShouldBe(BlockRunStatus.Completed);
    }

    [Fact]
    public async Task Condition_ThatDoesNotReturnBool_IsRejectedBeforeAnythingRuns()
    {
        await using var temp = new TempProject()
            .Write("conditionals/maybe.cs", "public static class Maybe { [Condition] public static int Run() => 1; }")
            .Write("pipelines/p/pipeline.yaml", "blocks:\n  - name: maybe\n    kind: condition\n");
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("p"));

        error.Message.ShouldBe("conditionals/maybe.cs: condition block 'maybe' must return bool (or Task<bool>), not Int32.");
    }
}
