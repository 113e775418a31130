using Sluice.Core;
using Sluice.Engine.Tracking;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Tracking;

public sealed class ExperimentTrackerTests
{
    [Fact]
    public async Task StartRun_CreatesTheExperimentOnce_AndNamesRunsWhenNotNamed()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();

        await using var first = await workspace.Tracker.StartRunAsync("taxi");
        await using var second = await workspace.Tracker.StartRunAsync("taxi", "lightgbm");

        first.Experiment.ShouldBe("taxi");
        first.Name.ShouldBe("run-1");
        second.Name.ShouldBe("lightgbm");
        (await workspace.Store.Tracking.ListExperimentsAsync(new PageRequest())).Total.ShouldBe(1);
        (await workspace.RecordOfAsync(second.Id)).StartedAt.ShouldBe(TrackingWorkspace.T0);
    }

    [Fact]
    public async Task StartRun_WithASource_TagsTheRunWithPipelineRunPipelineBlockAndAttempt()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        var source = new TrackedRunSource(RunId.New(), new PipelineId("training"), "train", 2);
        var tracker = new ExperimentTracker(workspace.Store, workspace.Artifacts, workspace.Clock, source);

        await using var run = await tracker.StartRunAsync("taxi");

        run.Name.ShouldBe("train-1");
        var record = await workspace.RecordOfAsync(run.Id);
        record.Source.ShouldBe(source);
        record.Tags.ShouldBe(
            new Dictionary<string, string>
            {
                ["sluice.pipeline_run"] = source.PipelineRun.Value,
                ["sluice.pipeline"] = "training",
                ["sluice.block"] = "train",
                ["sluice.attempt"] = "2",
            },
            ignoreOrder: true);
    }

    [Fact]
    public async Task LogParams_KeepsValuesAsInvariantText()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        await using var run = await workspace.Tracker.StartRunAsync("taxi");

        await run.LogParamsAsync(new Dictionary<string, object>
        {
            ["learning_rate"] = 0.1,
            ["leaves"] = 31,
            ["categorical"] = true,
            ["trainer"] = "lightgbm",
            ["day"] = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            ["kind"] = DayOfWeek.Monday,
        });

        (await workspace.RecordOfAsync(run.Id)).Params.ShouldBe(
            new Dictionary<string, string>
            {
                ["learning_rate"] = "0.1",
                ["leaves"] = "31",
                ["categorical"] = "true",
                ["trainer"] = "lightgbm",
                ["day"] = "2024-01-02T03:04:05.0000000Z",
                ["kind"] = "Monday",
            },
            ignoreOrder: true);
    }

    [Fact]
    public async Task LogParam_AgainWithAnotherValue_FailsNamingTheKey()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        await using var run = await workspace.Tracker.StartRunAsync("taxi");
        await run.LogParamAsync("learning_rate", 0.1);

        var error = await Should.ThrowAsync<SluiceException>(() => run.LogParamAsync("learning_rate", 0.2));

        error.Message.ShouldStartWith($"Param 'learning_rate' of tracked run {run.Id} is already '0.1' and cannot become '0.2'");
    }

    [Fact]
    public async Task LogParam_WithoutAValue_FailsNamingTheKey()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        await using var run = await workspace.Tracker.StartRunAsync("taxi");

        var error = await Should.ThrowAsync<SluiceException>(() => run.LogParamAsync("seed", null!));

        error.Message.ShouldBe("Param 'seed' has no value; log a value or leave the param out.");
    }

    [Fact]
    public async Task SetTag_WithAValueOverTheLimit_FailsNamingTheTag()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        await using var run = await workspace.Tracker.StartRunAsync("taxi");

        var error = await Should.ThrowAsync<SluiceException>(() => run.SetTagAsync("notes", new string('x', 8001)));

        error.Message.ShouldBe("Tag 'notes' is 8001 characters long; the limit is 8000.");
    }

    [Fact]
    public async Task LogMetric_PerStep_StampsEachValueWithTheClock()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        await using var run = await workspace.Tracker.StartRunAsync("taxi");

        await run.LogMetricAsync("loss", 0.9, step: 0);
        workspace.Clock.Advance(TimeSpan.FromSeconds(5));
        await run.LogMetricsAsync(new Dictionary<string, double> { ["loss"] = 0.4, ["rmse"] = 5.2 }, step: 1);

        var history = await workspace.Store.Tracking.ListMetricHistoryAsync(new TrackedRunId(run.Id), "loss");
        history.Select(p => (p.Step, p.Value, p.At)).ShouldBe(
            [(0L, 0.9, TrackingWorkspace.T0), (1L, 0.4, TrackingWorkspace.T0.AddSeconds(5))]);
        (await workspace.RecordOfAsync(run.Id)).Metrics.ShouldBe(
            new Dictionary<string, double> { ["loss"] = 0.4, ["rmse"] = 5.2 }, ignoreOrder: true);
    }

    [Fact]
    public async Task SetTag_WithSluicesPrefix_IsRefused()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        await using var run = await workspace.Tracker.StartRunAsync("taxi");

        var error = await Should.ThrowAsync<SluiceException>(() => run.SetTagAsync("sluice.block", "other"));

        error.Message.ShouldBe("Tag 'sluice.block' starts with 'sluice.', which Sluice keeps for its own tags; choose another key.");
    }

    [Fact]
    public async Task LogArtifact_StoresTheFileAndListsIt()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        await using var run = await workspace.Tracker.StartRunAsync("taxi");
        var source = Path.Combine(workspace.Root, "residuals.csv");
        await File.WriteAllTextAsync(source, "a,b\n1,2\n");

        await run.LogArtifactAsync(@"notes\readme.txt", new MemoryStream("hello"u8.ToArray()));
        await run.LogArtifactFileAsync("plots/residuals.csv", source);

        var record = await workspace.RecordOfAsync(run.Id);
        var artifacts = await workspace.Store.Tracking.ListArtifactsAsync(record.Id);
        artifacts.Select(a => (a.Name, a.Size)).ShouldBe([("notes/readme.txt", 5L), ("plots/residuals.csv", 8L)]);
        var stored = workspace.Artifacts.PathOf(record.Experiment, record.Id, "plots/residuals.csv");
        (await File.ReadAllTextAsync(stored)).ShouldBe("a,b\n1,2\n");
    }

    [Fact]
    public async Task EndedRun_RefusesFurtherLogging_AndEndingAgainChangesNothing()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        var run = await workspace.Tracker.StartRunAsync("taxi", "short");
        workspace.Clock.Advance(TimeSpan.FromMinutes(1));

        await run.EndAsync(TrackedRunStatus.Failed);
        await run.EndAsync(TrackedRunStatus.Finished);
        await run.DisposeAsync();
        await run.EndAsync(TrackedRunStatus.Killed);

        var error = await Should.ThrowAsync<SluiceException>(() => run.LogMetricAsync("rmse", 5));
        error.Message.ShouldBe($"Tracked run {run.Id} ('short') has ended; start a new run to log more.");
        var record = await workspace.RecordOfAsync(run.Id);
        record.Status.ShouldBe(TrackedRunStatus.Failed);
        record.EndedAt.ShouldBe(TrackingWorkspace.T0.AddMinutes(1));
    }

    [Fact]
    public async Task Dispose_EndsAnOpenRunFinished()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        string id;
        await using (var run = await workspace.Tracker.StartRunAsync("taxi"))
        {
            id = run.Id;
        }

        (await workspace.RecordOfAsync(id)).Status.ShouldBe(TrackedRunStatus.Finished);
    }

    [Fact]
    public async Task EndOpenRuns_EndsOnlyTheRunsStillOpen()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        var done = await workspace.Tracker.StartRunAsync("taxi");
        var forgotten = await workspace.Tracker.StartRunAsync("taxi");
        await done.EndAsync();

        (await workspace.Tracker.EndOpenRunsAsync(TrackedRunStatus.Failed)).ShouldBe(1);

        (await workspace.RecordOfAsync(done.Id)).Status.ShouldBe(TrackedRunStatus.Finished);
        (await workspace.RecordOfAsync(forgotten.Id)).Status.ShouldBe(TrackedRunStatus.Failed);
    }

    [Fact]
    public async Task End_WithStatusRunning_FailsSayingHowRunsEnd()
    {
        await using var workspace = await TrackingWorkspace.OpenAsync();
        await using var run = await workspace.Tracker.StartRunAsync("taxi", "r");

        var error = await Should.ThrowAsync<SluiceException>(() => run.EndAsync(TrackedRunStatus.Running));

        error.Message.ShouldBe($"Tracked run {run.Id} ('r') cannot end as Running; end it Finished, Failed or Killed.");
    }
}
