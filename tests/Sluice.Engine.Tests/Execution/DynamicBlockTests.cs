using Sluice.Core;
using Sluice.Engine.Tests.Support;

using static Sluice.Engine.Tests.Execution.DynamicBlockSources;

namespace Sluice.Engine.Tests.Execution;

public sealed class DynamicBlockTests
{
    [Fact]
    public async Task DynamicChild_RunsOncePerNamedItem_AsItsOwnBlockRunListedUnderItsBlock()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", Train)
            .Write("pipelines/p/pipeline.yaml", Pipeline("", reduceTrain: false));
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        result.Blocks.Select(b => (b.Run.Key.Block, b.Run.Status)).ShouldBe(
        [
            ("models", BlockRunStatus.Completed),
            ("train", BlockRunStatus.Completed),
            ("train:sdca", BlockRunStatus.Completed),
            ("train:lgbm", BlockRunStatus.Completed),
            ("train:fasttree", BlockRunStatus.Completed),
        ]);
        (await result.ReadOutputAsync<string>("train:lgbm", "output_0")).ShouldBe("LGBM as train:lgbm (trees, item 1)");
        (await result.ReadOutputAsync<string>("train:sdca", "output_0")).ShouldBe("SDCA as train:sdca (linear, item 0)");
        result.Block("train:fasttree").Run.Attempts.ShouldBe(1);
        var logs = await temp.Store.Logs.ListAsync(new LogFilter(result.Run.Id, "train:lgbm"), new PageRequest());
        logs.Items.ShouldHaveSingleItem().Message.ShouldBe("training LGBM");
    }

    [Fact]
    public async Task DynamicChild_OfAPlainCollection_IsNamedByItemIndex_AndItsItemsRunInParallelUpToTheConcurrencyLimit()
    {
        await using var temp = new TempProject()
            .Write("custom/items.cs", """
                public static class Items
                {
                    [Custom]
                    public static int[] Run(BlockContext context) => [.. Enumerable.Range(10, context.Variables.Get("total", 7))];
                }
                """)
            .Write("custom/work.cs", """
                public static class Work
                {
                    private static int _running;
                    private static int _started;
                    private static int _most;

                    [Custom]
                    public static async Task<int> Run(int item, BlockContext context)
                    {
                        Interlocked.Increment(ref _started);
                        var now = Interlocked.Increment(ref _running);
                        for (var seen = Volatile.Read(ref _most); seen < now; seen = Volatile.Read(ref _most))
                        {
                            Interlocked.CompareExchange(ref _most, now, seen);
                        }

                        // Hold on until as many items run as may (or the last ones have started): the overlap is then
                        // certain, not timing luck. The clock only keeps a broken engine from hanging the test.
                        var clock = System.Diagnostics.Stopwatch.StartNew();
                        while (Volatile.Read(ref _running) < context.Variables.Get("limit", 3)
                               && Volatile.Read(ref _started) < context.Variables.Get("total", 7)
                               && clock.Elapsed < TimeSpan.FromSeconds(30))
                        {
                            await Task.Delay(2, context.CancellationToken);
                        }

                        Interlocked.Decrement(ref _running);
                        return Volatile.Read(ref _most);
                    }
                }
                """)
            .Write("custom/most.cs", """
                public static class Most
                {
                    [Custom]
                    public static int Run(IReadOnlyList<int> most) => most.Max();
                }
                """)
            .Write("pipelines/p/pipeline.yaml", """
                settings:
                  concurrency: 3
                blocks:
                  - name: items
                    kind: custom
                    dynamic: true
                  - name: work
                    kind: custom
                    upstream: [items]
                    reduce_output: true
                  - name: most
                    kind: custom
                    upstream: [work]
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        result.Blocks.Select(b => b.Run.Key.Block).Where(b => b.StartsWith("work:", StringComparison.Ordinal))
            .ShouldBe(["work:0", "work:1", "work:2", "work:3", "work:4", "work:5", "work:6"]);
        (await result.ReadOutputAsync<int>("most", "output_0")).ShouldBe(3);
    }

    [Fact]
    public async Task ReduceOutput_HandsTheNextBlockOneListInItemOrder_NotInTheOrderItemsFinished()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", """
                public static class Train
                {
                    private static int _finished;

                    [Custom]
                    public static async Task<string> Run(string model, BlockContext context)
                    {
                        // The last item finishes first, the first last.
                        while (Volatile.Read(ref _finished) < 2 - context.Run.Item!.Index)
                        {
                            await Task.Delay(2, context.CancellationToken);
                        }

                        Interlocked.Increment(ref _finished);
                        return model;
                    }
                }
                """)
            .Write("custom/compare.cs", Compare)
            .Write("pipelines/p/pipeline.yaml", Pipeline(CompareAfterTrain, reduceTrain: true, "settings:\n  concurrency: 3"));
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        var ended = (await temp.Store.Runs.ListEventsAsync(result.Run.Id)).OfType<BlockEnded>().Select(e => e.Block).ToList();
        ended.IndexOf("train:fasttree").ShouldBeLessThan(ended.IndexOf("train:sdca"));
        (await result.ReadOutputAsync<string>("compare", "output_0")).ShouldBe("3: SDCA | LGBM | FASTTREE");
        result.Block("compare").Run.Status.ShouldBe(BlockRunStatus.Completed);
    }

    [Fact]
    public async Task ReduceOutput_OfATuple_GivesOneListPerOutput()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", """
                public static class Train
                {
                    [Custom]
                    public static (string Name, double Rmse) Run(string model) => (model, model.Length * 1.5);
                }
                """)
            .Write("custom/compare.cs", """
                public static class Compare
                {
                    [Custom]
                    public static string Run(IReadOnlyList<string> names, IEnumerable<double> rmses) =>
                        string.Join(", ", names.Zip(rmses, (name, rmse) => $"{name}={rmse}"));
                }
                """)
            .Write("pipelines/p/pipeline.yaml", Pipeline(CompareAfterTrain, reduceTrain: true));
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        (await result.ReadOutputAsync<string>("compare", "output_0")).ShouldBe("SDCA=6, LGBM=6, FASTTREE=12");
        (await result.ReadOutputAsync<double>("train:fasttree", "Rmse")).ShouldBe(12);
    }

    [Fact]
    public async Task DownstreamOfADynamicChild_RunsPerItemToo_UntilABlockReduces()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", Train)
            .Write("custom/evaluate.cs", Evaluate)
            .Write("custom/total.cs", """
                public static class Total
                {
                    [Custom]
                    public static int Run(IReadOnlyList<int> lengths, string models) => lengths.Sum() + models.Length;
                }
                """)
            .Write("custom/names.cs", """
                public static class Names
                {
                    [Custom]
                    public static string Run() => "abc";
                }
                """)
            .Write("pipelines/p/pipeline.yaml", Pipeline("""
                  - name: evaluate
                    kind: custom
                    upstream: [train]
                    reduce_output: true
                  - name: names
                    kind: custom
                  - name: total
                    kind: custom
                    upstream: [evaluate, names]
                """, reduceTrain: false));
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        result.Blocks.Select(b => b.Run.Key.Block).ShouldBe(
        [
            "models", "train", "train:sdca", "train:lgbm", "train:fasttree",
            "evaluate", "evaluate:sdca", "evaluate:lgbm", "evaluate:fasttree", "names", "total",
        ]);
        var lengths = new[] { "SDCA as train:sdca (linear, item 0)", "LGBM as train:lgbm (trees, item 1)", "FASTTREE as train:fasttree (trees, item 2)" }
            .Select(s => s.Length).ToList();
        (await result.ReadOutputAsync<int>("evaluate:lgbm", "output_0")).ShouldBe(lengths[1]);
        (await result.ReadOutputAsync<int>("total", "output_0")).ShouldBe(lengths.Sum() + 3);
    }

    [Fact]
    public async Task DynamicBlock_WithNoItems_SkipsItsChildrenAndTheirChain_ButTheReducerRunsOnAnEmptyList()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", Train)
            .Write("custom/evaluate.cs", Evaluate)
            .Write("custom/lengths.cs", """
                public static class Lengths
                {
                    [Custom]
                    public static string Run(IReadOnlyList<int> lengths) => $"{lengths.Count} lengths";
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

        var result = await project.RunAsync("p", new Dictionary<string, object?> { ["models"] = "" });

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        result.Blocks.Select(b => (b.Run.Key.Block, b.Run.Status)).ShouldBe(
        [
            ("models", BlockRunStatus.Completed),
            ("train", BlockRunStatus.Skipped),
            ("evaluate", BlockRunStatus.Skipped),
            ("lengths", BlockRunStatus.Completed),
        ]);
        result.Block("train").Run.Error.ShouldBe("Dynamic block 'models' returned no items.");
        (await result.ReadOutputAsync<string>("lengths", "output_0")).ShouldBe("0 lengths");
    }

    [Fact]
    public async Task DynamicChild_RetriesEachItemOnItsOwn()
    {
        await using var temp = new TempProject()
            .Write("custom/models.cs", Models)
            .Write("custom/train.cs", """
                public static class Train
                {
                    [Custom]
                    public static string Run(string model, BlockContext context) =>
                        model == "LGBM" && context.Run.Attempt == 1 ? throw new IOException("flaky") : model;
                }
                """)
            .Write("pipelines/p/pipeline.yaml", """
                blocks:
                  - name: models
                    kind: custom
                    dynamic: true
                  - name: train
                    kind: custom
                    upstream: [models]
                    settings: { retries: 1, retry_delay: 10ms }
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("p");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        result.Blocks.Where(b => b.Run.Key.Block.StartsWith("train:", StringComparison.Ordinal))
            .Select(b => (b.Run.Key.Block, b.Run.Attempts))
            .ShouldBe([("train:sdca", 1), ("train:lgbm", 2), ("train:fasttree", 1)]);
        var failed = (await temp.Store.Runs.ListEventsAsync(result.Run.Id)).OfType<BlockAttemptFailed>().ShouldHaveSingleItem();
        failed.Block.ShouldBe("train:lgbm");
    }
}
