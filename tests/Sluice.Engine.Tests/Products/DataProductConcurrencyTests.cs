using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Storage.Sqlite;

using static Sluice.Engine.Tests.Products.ProductProject;

namespace Sluice.Engine.Tests.Products;

/// <summary>
/// Consumers that find a product stale at the same time share one recomputation. The source's <c>prepare</c> holds
/// until the test lets it go, so the second consumer surely asks while the first one's recomputation runs.
/// </summary>
public sealed class DataProductConcurrencyTests
{
    private const string Evaluation = """
        blocks:
          - name: data
            data_product: training_data
          - name: train
            kind: transformer
            upstream: [data]
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task TwoRunsAtOnceInOneProcess_RecomputeTheProductOnce_AndBothUseIt()
    {
        await using var temp = Create().Write("pipelines/evaluation/pipeline.yaml", Evaluation).Write("hold.txt", "hold");
        var project = await temp.OpenAsync();

        var training = project.RunAsync("training");
        var evaluation = project.RunAsync("evaluation");
        await UntilOneWaitsAsync(temp.Store);
        temp.Write("go.txt", "go");
        var results = await Task.WhenAll(training, evaluation).WaitAsync(Patience);

        await ShouldHaveRecomputedOnceForBothAsync(temp.Store, results);
    }

    [Fact]
    public async Task TwoProjectsOpenOnOneFolder_AsTwoProcessesWouldBe_RecomputeTheProductOnce()
    {
        await using var temp = Create().Write("pipelines/evaluation/pipeline.yaml", Evaluation).Write("hold.txt", "hold");
        var first = await temp.OpenAsync();

        // Its own database connection, compiler and gates: all the two share is the folder, as with two processes.
        await using var otherStore = await SqliteMetadataStore.OpenAsync(Path.Combine(temp.Root, ".sluice", "sluice.db"));
        using var second = SluiceProject.Open(temp.Root, otherStore);

        var training = first.RunAsync("training");
        var evaluation = second.RunAsync("evaluation");
        await UntilOneWaitsAsync(temp.Store);
        temp.Write("go.txt", "go");
        var results = await Task.WhenAll(training, evaluation).WaitAsync(Patience);

        await ShouldHaveRecomputedOnceForBothAsync(temp.Store, results);
    }

    // One consumer is recomputing (its source run holds) and the other has logged that it waits for it.
    private static async Task UntilOneWaitsAsync(IMetadataStore store)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var consumers = (await store.Runs.ListRunsAsync(RunFilter.All, new PageRequest(1, 10))).Items
                .Where(r => r.Pipeline.Value != "data_preparation")
                .ToList();
            foreach (var run in consumers)
            {
                var lines = await store.Logs.ListAsync(new LogFilter(run.Id), new PageRequest(1, 100));
                if (lines.Items.Any(l => l.Message.Contains("waiting for the recomputation", StringComparison.Ordinal)))
                {
                    return;
                }
            }

            try
            {
                await Task.Delay(20, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new ShouldAssertException(
                    $"Within {Patience.TotalSeconds} s no consumer logged that it waits for the other's recomputation.");
            }
        }
    }

    private static async Task ShouldHaveRecomputedOnceForBothAsync(IMetadataStore store, RunResult[] results)
    {
        var source = (await RunsOfAsync(store, "data_preparation")).ShouldHaveSingleItem();
        source.Status.ShouldBe(RunStatus.Completed);
        foreach (var result in results)
        {
            result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
            (await result.ReadOutputAsync<string>("train", "output_0")).ShouldBe($"60 from {source.Id}");
        }

        var logs = new List<string>();
        foreach (var result in results)
        {
            var product = result.Blocks[0].Run.Key.Block;
            logs.AddRange(await LogOfAsync(store, result.Run.Id, product));
        }

        logs.Count(l => l.EndsWith($"recomputed: run {source.Id} of data_preparation", StringComparison.Ordinal)).ShouldBe(1);
        logs.Count(l => l.Contains($"reused outputs of run {source.Id}", StringComparison.Ordinal)).ShouldBe(1);
    }
}
