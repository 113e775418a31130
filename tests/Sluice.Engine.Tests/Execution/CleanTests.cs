using Microsoft.Extensions.Time.Testing;
using Sluice.Core;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.Execution;

public sealed class CleanTests
{
    [Fact]
    public async Task Clean_DeletesOutputsAndLogsOfRunsPastTheRetention_AndKeepsNewerOnesAndEveryRecord()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var temp = new TempProject()
            .Write("sluice.yaml", "name: clean\nretention: 7d\n")
            .Write("custom/say.cs", """
                public static class Say
                {
                    [Custom]
                    public static string Run(BlockContext context)
                    {
                        context.Logger.LogInformation("hello");
                        return "said";
                    }
                }
                """)
            .Write("pipelines/p/pipeline.yaml", "blocks:\n  - name: say\n    kind: custom\n");
        var project = await temp.OpenAsync(clock);
        var old = await project.RunAsync("p");
        clock.Advance(TimeSpan.FromDays(8));
        var recent = await project.RunAsync("p");

        var cleaned = await project.CleanAsync();

        cleaned.ShouldBe(1);
        project.Outputs.Exists(new BlockKey(old.Run.Pipeline, old.Run.Id, "say")).ShouldBeFalse();
        project.Outputs.Exists(new BlockKey(recent.Run.Pipeline, recent.Run.Id, "say")).ShouldBeTrue();
        (await temp.Store.Logs.ListAsync(new LogFilter(old.Run.Id), new PageRequest())).Total.ShouldBe(0);
        (await temp.Store.Logs.ListAsync(new LogFilter(recent.Run.Id), new PageRequest())).Total.ShouldBeGreaterThan(0);
        (await temp.Store.Runs.FindRunAsync(old.Run.Id)).ShouldNotBeNull();
    }
}
