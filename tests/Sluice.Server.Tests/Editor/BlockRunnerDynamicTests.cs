using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Server.Editor;
using Sluice.Server.Tests.Components;

namespace Sluice.Server.Tests.Editor;

public sealed class BlockRunnerDynamicTests : IAsyncLifetime
{
    private ExampleProject _project = default!;

    [Fact]
    public async Task RunADynamicChild_ReportsTheOutputOfEachItemRun_NamedByItem()
    {
        (await _project.Handle.Runs.RunAsync(new RunRequest("fan"))).Run.Status.ShouldBe(RunStatus.Completed);

        var report = await BlockRunner.RunAsync(_project.Handle, "fan", "train");

        report.Error.ShouldBeNull();
        report.BlockRun.ShouldNotBeNull().Status.ShouldBe(BlockRunStatus.Completed);
        report.Outputs.Select(o => (o.Name, o.Value)).ShouldBe([("sdca.output_0", "\"sdca\""), ("lgbm.output_0", "\"lgbm\"")]);
    }

    [Fact]
    public async Task LatestOutputsOfADynamicChild_AreThoseOfItsLatestItemRuns()
    {
        var run = await _project.Handle.Runs.RunAsync(new RunRequest("fan"));

        var latest = (await BlockRunner.LatestOutputsAsync(_project.Handle, "fan", "train")).ShouldNotBeNull();

        latest.Key.Run.ShouldBe(run.Run.Id);
        latest.Outputs.Select(o => o.Name).ShouldBe(["sdca.output_0", "lgbm.output_0"]);
    }

    public async Task InitializeAsync()
    {
        _project = await ExampleProject.OpenAsync("quickstart");
        DynamicProject.WriteInto(_project.Root);
    }

    public async Task DisposeAsync() => await _project.DisposeAsync();
}
