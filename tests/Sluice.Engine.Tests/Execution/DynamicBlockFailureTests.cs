using Sluice.Core;
using Sluice.Engine.Tests.Support;

using static Sluice.Engine.Tests.Execution.DynamicBlockSources;

namespace Sluice.Engine.Tests.Execution;

public sealed class DynamicBlockFailureTests
{
    [Fact]
    public async Task FailingItem_FailsItsBlockAndItsOwnChain_WhileTheOtherItemsFinish_AndTheRunFails()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", Train)
            .Write("custom/evaluate.cs", Evaluate)
            .Write("custom/lengths.cs", """
                public static class Lengths
                {
                    [Custom]
                    public static int Run(IReadOnlyList<int> lengths) => lengths.Count;
                }
                """)
            .Write("pipelines/p/pipeline.yaml", Pipeline("""
                  - name: evaluate
                    kind: custom
                    upstream: [train]
                    reduce_output: true
                  - name: lengths
                    kind: custom
                    upstream: [evaluate]
                """, reduceTrain: false));
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p", new Dictionary<string, object?> { ["fail"] = "LGBM" });

        result.Run.Status.ShouldBe(RunStatus.Failed);
        result.Blocks.Select(b => (b.Run.Key.Block, b.Run.Status)).ShouldBe(
        [
            ("models", BlockRunStatus.Completed),
            ("train", BlockRunStatus.Failed),
            ("train:sdca", BlockRunStatus.Completed),
            ("train:lgbm", BlockRunStatus.Failed),
            ("train:fasttree", BlockRunStatus.Completed),
            ("evaluate", BlockRunStatus.UpstreamFailed),
            ("evaluate:sdca", BlockRunStatus.Completed),
            ("evaluate:lgbm", BlockRunStatus.UpstreamFailed),
            ("evaluate:fasttree", BlockRunStatus.Completed),
            ("lengths", BlockRunStatus.UpstreamFailed),
        ]);
        result.Block("train:lgbm").Run.Error.ShouldNotBeNull().ShouldStartWith("InvalidOperationException: LGBM diverged");
        result.Block("train").Run.Error.ShouldBe("1 of 3 item runs ended Failed: train:lgbm");
        result.Block("evaluate:lgbm").Run.Error.ShouldBe("Upstream block 'train:lgbm' did not complete.");
        result.Run.Error.ShouldNotBeNull().ShouldContain("train:lgbm: InvalidOperationException: LGBM diverged");
        (await result.ReadOutputAsync<int>("evaluate:fasttree", "output_0")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task DynamicBlock_ThatReturnsNoCollection_FailsNamingTheBlock_AndItsChildrenDoNotRun()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", """
                public static class Models
                {
                    [Custom]
                    public static object Run() => 42;
                }
                """)
            .Write("custom/train.cs", Train)
            .Write("pipelines/p/pipeline.yaml", Pipeline("", reduceTrain: false));
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Failed);
        result.Block("models").Run.Error.ShouldBe(
            "dynamic block 'models' returned Int32, not a collection (an array, List<T>, IEnumerable<T>, IReadOnlyList<T>) or a collection of DynamicItem<T>");
        result.Block("train").Run.Status.ShouldBe(BlockRunStatus.UpstreamFailed);
        (await temp.Store.Runs.ListBlockRunsAsync(result.Run.Id)).Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("a,b,a", "dynamic block 'models': items 0 and 2 are both named 'a'; every item needs its own name")]
    [InlineData("a,b c", "dynamic block 'models': item 1 is named 'b c'; an item's name names its children's block runs")]
    [InlineData("a,.b", "dynamic block 'models': item 1 is named '.b'")]
    public async Task DynamicBlock_WhoseItemNamesCannotNameBlockRuns_FailsSayingWhichItem(string models, string problem)
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", Train)
            .Write("pipelines/p/pipeline.yaml", Pipeline("", reduceTrain: false));
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p", new Dictionary<string, object?> { ["models"] = models });

        result.Block("models").Run.Status.ShouldBe(BlockRunStatus.Failed);
        result.Block("models").Run.Error.ShouldNotBeNull().ShouldContain(problem);
        result.Block("train").Run.Status.ShouldBe(BlockRunStatus.UpstreamFailed);
    }

    [Fact]
    public async Task ConditionRunPerItem_StopsOnlyTheChainOfTheItemsItSaysNoTo()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("conditionals/linear_only.cs", """
                public static class LinearOnly
                {
                    [Condition]
                    public static bool Run(string model, BlockContext context) => context.Run.Item!.Metadata["family"] == "linear";
                }
                """)
            .Write("custom/evaluate.cs", """
                public static class Evaluate
                {
                    [Custom]
                    public static string Run(bool passed, BlockContext context) => context.Run.Block;
                }
                """)
            .Write("pipelines/p/pipeline.yaml", """
                blocks:
                  - name: models
                    kind: custom
                    dynamic: true
                  - name: linear_only
                    kind: condition
                    upstream: [models]
                  - name: evaluate
                    kind: custom
                    upstream: [linear_only]
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        result.Blocks.Where(b => b.Run.Key.Block.StartsWith("evaluate", StringComparison.Ordinal))
            .Select(b => (b.Run.Key.Block, b.Run.Status))
            .ShouldBe(
            [
                ("evaluate", BlockRunStatus.ConditionFailed),
                ("evaluate:sdca", BlockRunStatus.Completed),
                ("evaluate:lgbm", BlockRunStatus.ConditionFailed),
                ("evaluate:fasttree", BlockRunStatus.ConditionFailed),
            ]);
    }
}
