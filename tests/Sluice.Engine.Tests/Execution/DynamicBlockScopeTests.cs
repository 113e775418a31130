using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Engine.Tests.Support;

using static Sluice.Engine.Tests.Execution.DynamicBlockSources;

namespace Sluice.Engine.Tests.Execution;

public sealed class DynamicBlockScopeTests
{
    // models -> train -> evaluate (reduce_output) -> compare; train leaves an executed-<block run>.txt per item run.
    private static TempProject Chain() => new TempProject()
        .Write("custom/models.cs", Models)
        .Write("custom/train.cs", """
            public static class Train
            {
                [Custom]
                public static string Run(string model, BlockContext context)
                {
                    // One file per item run: item runs run at once, and appending to one file from two would race.
                    File.WriteAllText(Path.Combine(context.Run.ProjectDirectory, $"executed-{context.Run.Block}.txt"), "ran");
                    return model.ToLowerInvariant();
                }
            }
            """)
        .Write("custom/evaluate.cs", """
            public static class Evaluate
            {
                [Custom]
                public static string Run(string trained, BlockContext context) => $"{trained} ({context.Run.Block})";
            }
            """)
        .Write("custom/compare.cs", Compare)
        .Write("pipelines/p/pipeline.yaml", Pipeline("""
              - name: evaluate
                kind: custom
                upstream: [train]
                reduce_output: true
              - name: compare
                kind: custom
                upstream: [evaluate]
            """, reduceTrain: false));

    [Fact]
    public async Task RunOneDynamicChild_RunsEveryItemOnTheDynamicBlocksLatestStoredItems_WithoutRunningIt()
    {
        await using var temp = Chain();
        var project = await temp.OpenAsync();
        await project.RunAsync("p", new Dictionary<string, object?> { ["models"] = "sdca,lgbm" });
        DeleteExecutedMarks(temp);

        var result = await project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("train") });

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        result.Blocks.Select(b => b.Run.Key.Block).ShouldBe(["train", "train:sdca", "train:lgbm"]);
        ExecutedMarks(temp).ShouldBe(["executed-train:lgbm.txt", "executed-train:sdca.txt"]);
        (await result.ReadOutputAsync<string>("train:lgbm", "output_0")).ShouldBe("lgbm");
    }

    [Fact]
    public async Task RunOneBlockAfterADynamicChild_RunsPerItemOnEachItemsLatestStoredOutput()
    {
        await using var temp = Chain();
        var project = await temp.OpenAsync();
        await project.RunAsync("p");
        DeleteExecutedMarks(temp);

        var result = await project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("evaluate") });

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        ExecutedMarks(temp).ShouldBeEmpty();
        result.Blocks.Select(b => b.Run.Key.Block).ShouldBe(["evaluate", "evaluate:sdca", "evaluate:lgbm", "evaluate:fasttree"]);
        (await result.ReadOutputAsync<string>("evaluate:fasttree", "output_0")).ShouldBe("fasttree (evaluate:fasttree)");
    }

    [Fact]
    public async Task RunOneReducer_ReadsTheListsOfTheReducingBlocksLatestSuccessfulRun()
    {
        await using var temp = Chain();
        var project = await temp.OpenAsync();
        await project.RunAsync("p", new Dictionary<string, object?> { ["models"] = "lgbm,sdca" });

        var result = await project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("compare") });

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        result.Blocks.ShouldHaveSingleItem();
        (await result.ReadOutputAsync<string>("compare", "output_0")).ShouldBe("2: lgbm (evaluate:lgbm) | sdca (evaluate:sdca)");
    }

    [Fact]
    public async Task RunOneDynamicChild_BeforeTheDynamicBlockEverSucceeded_SaysSoAndRunsNothing()
    {
        await using var temp = Chain();
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("train") }));

        error.Message.ShouldContain("Block 'models' has no stored outputs from a successful run yet");
        (await temp.Store.Runs.ListRunsAsync(RunFilter.All, new PageRequest())).Total.ShouldBe(0);
    }

    [Fact]
    public async Task RunOneBlockAfterADynamicChild_WhenAnItemHasNoStoredOutput_NamesThatItemsBlockRun()
    {
        await using var temp = Chain();
        var project = await temp.OpenAsync();
        await project.RunAsync("p", new Dictionary<string, object?> { ["models"] = "sdca" });
        await project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("models"), Variables = new Dictionary<string, object?> { ["models"] = "sdca,lgbm" } });

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("evaluate") }));

        error.Message.ShouldBe("Block 'train:lgbm' has no stored outputs from a successful run yet; run the pipeline, or use --from train.");
    }

    [Fact]
    public async Task RunOneDynamicChild_OfRecordsFromUtils_GetsThemBackFromTheirJson()
    {
        await using var temp = new TempProject()
            .Write("utils/trainer_spec.cs", """
                public sealed record TrainerSpec(string Trainer, double L2, IReadOnlyList<string> Features);
                """)
            .Write("custom/specs.cs", """
                public static class Specs
                {
                    [Custom]
                    public static IReadOnlyList<DynamicItem<TrainerSpec>> Run() =>
                    [
                        new(new TrainerSpec("sdca", 1e-5, ["PU_DO", "trip_distance"]), "sdca"),
                        new(new TrainerSpec("lightgbm", 0, ["PU_DO"]), "lightgbm"),
                    ];
                }
                """)
            .Write("custom/train.cs", """
                public static class Train
                {
                    [Custom]
                    public static string Run(TrainerSpec spec) => $"{spec.Trainer} l2={spec.L2} on {string.Join("+", spec.Features)}";
                }
                """)
            .Write("pipelines/p/pipeline.yaml", """
                blocks:
                  - name: specs
                    kind: custom
                    dynamic: true
                  - name: train
                    kind: custom
                    upstream: [specs]
                """);
        var project = await temp.OpenAsync();
        (await project.RunAsync("p")).Run.Status.ShouldBe(RunStatus.Completed);

        var result = await project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("train") });

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        (await result.ReadOutputAsync<string>("train:sdca", "output_0")).ShouldBe("sdca l2=1E-05 on PU_DO+trip_distance");
        (await result.ReadOutputAsync<string>("train:lightgbm", "output_0")).ShouldBe("lightgbm l2=0 on PU_DO");
    }

    [Fact]
    public async Task RunFromADynamicBlock_RunsItAndEveryItemDownstream()
    {
        await using var temp = Chain();
        var project = await temp.OpenAsync();
        await project.RunAsync("p");

        var result = await project.RunAsync(new RunRequest("p")
        {
            Scope = RunScope.From("models"),
            Variables = new Dictionary<string, object?> { ["models"] = "a,b" },
        });

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        (await result.ReadOutputAsync<string>("compare", "output_0")).ShouldBe("2: a (evaluate:a) | b (evaluate:b)");
    }

    private static List<string> ExecutedMarks(TempProject temp) =>
        [.. Directory.EnumerateFiles(temp.Root, "executed-*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static void DeleteExecutedMarks(TempProject temp)
    {
        foreach (var file in Directory.EnumerateFiles(temp.Root, "executed-*.txt"))
        {
            File.Delete(file);
        }
    }
}
