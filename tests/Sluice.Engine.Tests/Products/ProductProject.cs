using Sluice.Core;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.Products;

/// <summary>
/// A project whose <c>data_preparation</c> pipeline makes the data product <c>training_data</c> (its <c>prepare</c>
/// block's outputs: the values times ten, and the id of the run that made them) and whose <c>training</c> pipeline
/// reuses it. Files in the project folder steer <c>prepare</c>: <c>fail.txt</c> makes it throw, <c>hold.txt</c> makes
/// it wait until <c>go.txt</c> exists; <c>check_fails.txt</c> makes the block after it fail.
/// </summary>
internal static class ProductProject
{
    public const string Declared = """
        name: products
        data_products:
          training_data:
            pipeline: data_preparation
            block: prepare
            max_age: 10m
        """;

    public const string Training = """
        blocks:
          - name: training_data
            data_product: training_data
          - name: train
            kind: transformer
            upstream: [training_data]
        """;

    public static TempProject Create(string sluiceYaml = Declared) => new TempProject("products")
        .Write("sluice.yaml", sluiceYaml)
        .Write("data_loaders/ingest.cs", """
            public static class Ingest
            {
                [DataLoader]
                public static int[] Run() => [1, 2, 3];
            }
            """)
        .Write("transformers/prepare.cs", """
            public static class Prepare
            {
                [Transformer]
                public static async Task<(int[] Values, string MadeBy)> Run(int[] values, BlockContext context)
                {
                    var root = context.Run.ProjectDirectory;
                    if (File.Exists(Path.Combine(root, "fail.txt")))
                    {
                        throw new InvalidOperationException("the source is down");
                    }

                    while (File.Exists(Path.Combine(root, "hold.txt")) && !File.Exists(Path.Combine(root, "go.txt")))
                    {
                        await Task.Delay(20, context.CancellationToken);
                    }

                    return ([.. values.Select(v => v * 10)], context.Run.RunId);
                }
            }
            """)
        .Write("data_exporters/check.cs", """
            public static class Check
            {
                [DataExporter]
                public static void Run(int[] values, string madeBy, BlockContext context)
                {
                    if (File.Exists(Path.Combine(context.Run.ProjectDirectory, "check_fails.txt")))
                    {
                        throw new InvalidOperationException("check failed");
                    }
                }
            }
            """)
        .Write("transformers/train.cs", """
            public static class Train
            {
                [Transformer]
                public static string Run(int[] values, string madeBy) => $"{values.Sum()} from {madeBy}";
            }
            """)
        .Write("pipelines/data_preparation/pipeline.yaml", """
            blocks:
              - name: ingest
                kind: data_loader
              - name: prepare
                kind: transformer
                upstream: [ingest]
              - name: check
                kind: data_exporter
                upstream: [prepare]
            """)
        .Write("pipelines/training/pipeline.yaml", Training);

    /// <summary>The runs of <paramref name="pipeline"/>, newest first.</summary>
    public static async Task<IReadOnlyList<PipelineRun>> RunsOfAsync(IMetadataStore store, string pipeline) =>
        (await store.Runs.ListRunsAsync(new RunFilter(new PipelineId(pipeline)), new PageRequest(1, 100))).Items;

    /// <summary>The log lines of <paramref name="block"/> in run <paramref name="run"/>.</summary>
    public static async Task<IReadOnlyList<string>> LogOfAsync(IMetadataStore store, RunId run, string block) =>
        [.. (await store.Logs.ListAsync(new LogFilter(run, block), new PageRequest(1, 100))).Items.Select(l => l.Message)];
}
