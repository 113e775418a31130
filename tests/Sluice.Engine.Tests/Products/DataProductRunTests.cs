using Microsoft.Extensions.Time.Testing;

using Sluice.Core;
using Sluice.Engine.Execution;

using static Sluice.Engine.Tests.Products.ProductProject;

namespace Sluice.Engine.Tests.Products;

public sealed class DataProductRunTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Run_WhenTheSourceNeverRan_RunsTheSourcePipeline_AndUsesItsNewOutputs()
    {
        await using var temp = Create();
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("training");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        var source = (await RunsOfAsync(temp.Store, "data_preparation")).ShouldHaveSingleItem();
        source.Status.ShouldBe(RunStatus.Completed);
        (await result.ReadOutputAsync<string>("train", "output_0")).ShouldBe($"60 from {source.Id}");
        var log = await LogOfAsync(temp.Store, result.Run.Id, "training_data");
        log.ShouldContain("Data product training_data: recomputing, no completed run of data_preparation has outputs of prepare");
        log.ShouldContain($"Data product training_data: recomputed: run {source.Id} of data_preparation");
    }

    [Fact]
    public async Task Run_WhenTheLatestOutputsAreYoungerThanMaxAge_ReusesThem_WithoutRunningTheSource()
    {
        var clock = new FakeTimeProvider(Start);
        await using var temp = Create();
        var project = await temp.OpenAsync(clock);
        var prepared = await project.RunAsync("data_preparation");
        clock.Advance(TimeSpan.FromMinutes(3));

        var result = await project.RunAsync("training");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        (await RunsOfAsync(temp.Store, "data_preparation")).ShouldHaveSingleItem().Id.ShouldBe(prepared.Run.Id);
        (await result.ReadOutputAsync<string>("train", "output_0")).ShouldBe($"60 from {prepared.Run.Id}");
        (await LogOfAsync(temp.Store, result.Run.Id, "training_data"))
            .ShouldContain($"Data product training_data: reused outputs of run {prepared.Run.Id} of data_preparation from 3 min ago");
    }

    [Fact]
    public async Task Run_WhenTheLatestOutputsAreOlderThanMaxAge_RecomputesThem()
    {
        var clock = new FakeTimeProvider(Start);
        await using var temp = Create();
        var project = await temp.OpenAsync(clock);
        var prepared = await project.RunAsync("data_preparation");
        clock.Advance(TimeSpan.FromMinutes(11));

        var result = await project.RunAsync("training");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        var runs = await RunsOfAsync(temp.Store, "data_preparation");
        runs.Count.ShouldBe(2);
        var fresh = runs.Single(r => r.Id != prepared.Run.Id);
        (await result.ReadOutputAsync<string>("train", "output_0")).ShouldBe($"60 from {fresh.Id}");
        var log = await LogOfAsync(temp.Store, result.Run.Id, "training_data");
        log.ShouldContain($"Data product training_data: recomputing, the latest outputs (run {prepared.Run.Id}) are 11 min old, more than max_age 10m");
        log.ShouldContain($"Data product training_data: recomputed: run {fresh.Id} of data_preparation");
    }

    [Fact]
    public async Task Run_WhenTheProductHasNoMaxAge_ReusesOutputsHoweverOld()
    {
        var clock = new FakeTimeProvider(Start);
        await using var temp = Create(Declared.Replace("\n    max_age: 10m", string.Empty, StringComparison.Ordinal));
        var project = await temp.OpenAsync(clock);
        var prepared = await project.RunAsync("data_preparation");
        clock.Advance(TimeSpan.FromDays(400));

        var result = await project.RunAsync("training");

        (await RunsOfAsync(temp.Store, "data_preparation")).ShouldHaveSingleItem();
        (await result.ReadOutputAsync<string>("train", "output_0")).ShouldBe($"60 from {prepared.Run.Id}");
        (await LogOfAsync(temp.Store, result.Run.Id, "training_data"))
            .ShouldContain($"Data product training_data: reused outputs of run {prepared.Run.Id} of data_preparation from 400 d ago");
    }

    [Fact]
    public async Task Run_SkipsOutputsOfASourceRunThatFailedAfterTheBlock_AndRecomputes()
    {
        await using var temp = Create();
        var project = await temp.OpenAsync();
        temp.Write("check_fails.txt", "yes");
        var failed = await project.RunAsync("data_preparation");
        failed.Run.Status.ShouldBe(RunStatus.Failed);
        failed.Block("prepare").Run.Status.ShouldBe(BlockRunStatus.Completed);
        File.Delete(Path.Combine(temp.Root, "check_fails.txt"));

        var result = await project.RunAsync("training");

        var fresh = (await RunsOfAsync(temp.Store, "data_preparation")).Single(r => r.Id != failed.Run.Id);
        fresh.Status.ShouldBe(RunStatus.Completed);
        (await result.ReadOutputAsync<string>("train", "output_0")).ShouldBe($"60 from {fresh.Id}");
    }

    [Fact]
    public async Task Run_WhenTheSourcePipelineFails_FailsTheProductBlock_NamingTheSourceRunAndItsError()
    {
        await using var temp = Create();
        var project = await temp.OpenAsync();
        temp.Write("fail.txt", "yes");

        var result = await project.RunAsync("training");

        result.Run.Status.ShouldBe(RunStatus.Failed);
        var source = (await RunsOfAsync(temp.Store, "data_preparation")).ShouldHaveSingleItem();
        source.Status.ShouldBe(RunStatus.Failed);
        result.Block("training_data").Run.Status.ShouldBe(BlockRunStatus.Failed);
        result.Block("training_data").Run.Error.ShouldBe(
            $"Data product 'training_data': run {source.Id} of pipeline 'data_preparation' failed: "
            + "prepare: InvalidOperationException: the source is down (at transformers/prepare.cs:9)");
        result.Block("train").Run.Status.ShouldBe(BlockRunStatus.UpstreamFailed);
    }

    [Fact]
    public async Task RunOneBlock_OfTheProductBlock_StoresItsOutputs_WhichABlockRunAloneDownstreamThenUses()
    {
        await using var temp = Create();
        var project = await temp.OpenAsync();

        var product = await project.RunAsync(new RunRequest("training") { Scope = RunScope.Only("training_data") });
        var train = await project.RunAsync(new RunRequest("training") { Scope = RunScope.Only("train") });

        product.Run.Status.ShouldBe(RunStatus.Completed, product.Run.Error);
        var source = (await RunsOfAsync(temp.Store, "data_preparation")).ShouldHaveSingleItem();
        (await product.ReadOutputAsync<int[]>("training_data", "Values")).ShouldBe([10, 20, 30]);
        (await product.ReadOutputAsync<string>("training_data", "MadeBy")).ShouldBe(source.Id.Value);
        train.Run.Status.ShouldBe(RunStatus.Completed, train.Run.Error);
        (await train.ReadOutputAsync<string>("train", "output_0")).ShouldBe($"60 from {source.Id}");
    }

    [Fact]
    public async Task RunOneBlock_DownstreamOfAProductBlockThatNeverRan_SaysToRunItFirst()
    {
        await using var temp = Create();
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(
            () => project.RunAsync(new RunRequest("training") { Scope = RunScope.Only("train") }));

        error.Message.ShouldBe(
            "Block 'training_data' has no stored outputs from a successful run yet; run the pipeline, or use --from training_data.");
        (await RunsOfAsync(temp.Store, "data_preparation")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Run_WhenAProductIsAnotherPipelinesProductBlock_FollowsTheChain()
    {
        await using var temp = Create(Declared + """

              trained:
                pipeline: training
                block: training_data
            """)
            .Write("pipelines/report/pipeline.yaml", """
                blocks:
                  - name: trained
                    data_product: trained
                  - name: train
                    kind: transformer
                    upstream: [trained]
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("report");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        var source = (await RunsOfAsync(temp.Store, "data_preparation")).ShouldHaveSingleItem();
        (await RunsOfAsync(temp.Store, "training")).ShouldHaveSingleItem().Status.ShouldBe(RunStatus.Completed);
        (await result.ReadOutputAsync<string>("train", "output_0")).ShouldBe($"60 from {source.Id}");
    }
}
