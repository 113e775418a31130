using System.Diagnostics;
using Sluice.Core;
using Sluice.Engine.Tests.Support;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Execution;

public sealed class AbandonedRunsTests
{
    [Fact]
    public async Task EndAbandonedRuns_EndsRunsOfDeadProcessesOnly_WithTheirBlocks()
    {
        await using var temp = new TempProject()
            .Write("custom/one.cs", "public static class One { [Custom] public static int Run() => 1; }")
            .Write("pipelines/p/pipeline.yaml", "blocks:\n  - name: one\n    kind: custom\n");
        var project = await temp.OpenAsync();
        var dead = await DeadOwnerAsync();
        var orphan = await StartRunAsync(temp.Store.Runs, dead, startBlock: true);
        var live = await StartRunAsync(temp.Store.Runs, RunOwner.Current, startBlock: true);
        var remote = await StartRunAsync(temp.Store.Runs, "another-machine/1/1", startBlock: false);

        var ended = await project.EndAbandonedRunsAsync();

        ended.ShouldBe(1);
        var run = await temp.Store.Runs.FindRunAsync(orphan);
        run.ShouldNotBeNull();
        run.Status.ShouldBe(RunStatus.Failed);
        run.Error.ShouldNotBeNull().ShouldContain("ended before the run finished");
        var blocks = await temp.Store.Runs.ListBlockRunsAsync(orphan);
        blocks.Single(b => b.Key.Block == "one").Status.ShouldBe(BlockRunStatus.Failed);
        blocks.Single(b => b.Key.Block == "two").Status.ShouldBe(BlockRunStatus.Cancelled);
        (await temp.Store.Runs.FindRunAsync(live))!.Status.ShouldBe(RunStatus.Running);
        (await temp.Store.Runs.FindRunAsync(remote))!.Status.ShouldBe(RunStatus.Running);
    }

    [Fact]
    public async Task EndAbandonedRuns_EndsTheTrackedRunsItsBlocksLeftOpen_AndNoOthers()
    {
        await using var temp = new TempProject()
            .Write("custom/one.cs", "public static class One { [Custom] public static int Run() => 1; }")
            .Write("pipelines/p/pipeline.yaml", "blocks:\n  - name: one\n    kind: custom\n");
        var project = await temp.OpenAsync();
        var orphan = await StartRunAsync(temp.Store.Runs, await DeadOwnerAsync(), startBlock: true);
        var live = await StartRunAsync(temp.Store.Runs, RunOwner.Current, startBlock: true);
        var orphaned = await StartTrackedRunAsync(temp.Store, orphan);
        var running = await StartTrackedRunAsync(temp.Store, live);

        await project.EndAbandonedRunsAsync();

        (await temp.Store.Tracking.FindRunAsync(orphaned)).ShouldNotBeNull().Status.ShouldBe(TrackedRunStatus.Failed);
        (await temp.Store.Tracking.FindRunAsync(running)).ShouldNotBeNull().Status.ShouldBe(TrackedRunStatus.Running);
    }

    private static async Task<TrackedRunId> StartTrackedRunAsync(IMetadataStore store, RunId pipelineRun)
    {
        var now = TimeProvider.System.GetUtcNow();
        var experiment = await store.Tracking.GetOrCreateExperimentAsync("taxi", now);
        var run = await store.Tracking.StartRunAsync(
            new NewTrackedRun(experiment.Id, "train-1", now, new TrackedRunSource(pipelineRun, new PipelineId("p"), "one", 1)));
        return run.Id;
    }

    private static async Task<RunId> StartRunAsync(IRunStore runs, string owner, bool startBlock)
    {
        var id = RunId.New();
        var now = TimeProvider.System.GetUtcNow();
        await runs.AppendAsync(new RunCreated(id, now, new PipelineId("p"), "v", new Dictionary<string, string>(), ["one", "two"], owner));
        await runs.AppendAsync(new RunStarted(id, now));
        if (startBlock)
        {
            await runs.AppendAsync(new BlockStarted(id, now, "one", 1));
        }

        return id;
    }

    // A process that has certainly ended: started and waited for. (Its start time cannot be read once it has gone.)
    private static async Task<string> DeadOwnerAsync()
    {
        using var process = Process.Start("true") ?? throw new InvalidOperationException("Could not start 'true'.");
        await process.WaitForExitAsync();
        return $"{Environment.MachineName}/{process.Id}/1";
    }
}
