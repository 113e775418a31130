using Sluice.Core;

using static Sluice.Engine.Tests.Products.ProductProject;

namespace Sluice.Engine.Tests.Products;

/// <summary>Mistakes in data products that a run finds before any block starts: one message naming the place, no run recorded.</summary>
public sealed class DataProductPlanningErrorTests
{
    [Fact]
    public async Task Run_WhenTheProductNamesAPipelineThatDoesNotExist_NamesProductPipelineAndPlace()
    {
        await using var temp = Create(Declared.Replace("pipeline: data_preparation", "pipeline: data_prep", StringComparison.Ordinal));

        await ShouldRefuseAsync(
            temp,
            "sluice.yaml:3:3: data product 'training_data' names pipeline 'data_prep', which does not exist; "
            + "the project has: data_preparation, training");
    }

    [Fact]
    public async Task Run_WhenTheProductNamesABlockThePipelineDoesNotHave_ListsItsBlocks()
    {
        await using var temp = Create(Declared.Replace("block: prepare", "block: prep", StringComparison.Ordinal));

        await ShouldRefuseAsync(
            temp,
            "sluice.yaml:3:3: data product 'training_data' names block 'prep', which pipeline 'data_preparation' does not have; "
            + "it has: ingest, prepare, check");
    }

    [Fact]
    public async Task Run_WhenTheProductsPipelineDoesNotLoad_NamesBothPlaces()
    {
        await using var temp = Create()
            .Write("pipelines/data_preparation/pipeline.yaml", "blocks:\n  - name: ingest\n    kind: loader\n");

        await ShouldRefuseAsync(
            temp,
            "sluice.yaml:3:3: data product 'training_data' comes from pipeline 'data_preparation', which does not load: "
            + "pipelines/data_preparation/pipeline.yaml:3:11: block 'ingest' has unknown kind 'loader'; "
            + "use one of: data_loader, transformer, data_exporter, custom, sensor, condition, callback");
    }

    [Fact]
    public async Task Run_WhenAPipelineUsesItsOwnProduct_CallsItACycle()
    {
        await using var temp = Create(Declared + """

              scores:
                pipeline: training
                block: train
            """)
            .Write("pipelines/training/pipeline.yaml", Training + """

                  - name: scores
                    data_product: scores
                """);

        await ShouldRefuseAsync(
            temp,
            "sluice.yaml:7:3: data products form a cycle: pipeline 'training' uses data product 'scores' of pipeline 'training'; "
            + "a pipeline cannot wait for a run of itself");
    }

    [Fact]
    public async Task Run_WhenProductsFormACycleThroughOtherPipelines_NamesEveryStep()
    {
        await using var temp = Create(Declared + """

              scores:
                pipeline: training
                block: train
            """)
            .Write("pipelines/data_preparation/pipeline.yaml", """
                blocks:
                  - name: scores
                    data_product: scores
                  - name: ingest
                    kind: data_loader
                  - name: prepare
                    kind: transformer
                    upstream: [ingest]
                """);

        await ShouldRefuseAsync(
            temp,
            "sluice.yaml:7:3: data products form a cycle: pipeline 'training' uses data product 'training_data' of pipeline "
            + "'data_preparation', which uses 'scores' of pipeline 'training'; a pipeline cannot wait for a run of itself");
    }

    [Fact]
    public async Task Run_WhenADownstreamParameterDoesNotFitTheProductsOutput_NamesBothTypes()
    {
        await using var temp = Create().Write("transformers/train.cs", """
            public static class Train
            {
                [Transformer]
                public static string Run(string[] values, string madeBy) => madeBy;
            }
            """);

        await ShouldRefuseAsync(
            temp,
            "transformers/train.cs: block 'train': parameter 'values' is String[] but upstream 'training_data' output 'Values' is Int32[]");
    }

    [Fact]
    public async Task Run_WhenADownstreamBlockTakesFewerInputsThanTheProductGives_ListsTheOutputs()
    {
        await using var temp = Create().Write("transformers/train.cs", """
            public static class Train
            {
                [Transformer]
                public static int Run(int[] values) => values.Sum();
            }
            """);

        await ShouldRefuseAsync(
            temp,
            "transformers/train.cs: block 'train' takes 1 input but its upstream blocks give 2 outputs: "
            + "training_data.Values, training_data.MadeBy");
    }

    [Fact]
    public async Task Run_WhenTheProductsBlockReturnsNothing_SaysThereIsNothingToReuse()
    {
        await using var temp = Create(Declared.Replace("block: prepare", "block: check", StringComparison.Ordinal));

        await ShouldRefuseAsync(
            temp,
            "data_exporters/check.cs: block 'training_data' uses data product 'training_data', whose block returns nothing, "
            + "so there are no outputs to reuse");
    }

    private static async Task ShouldRefuseAsync(Support.TempProject temp, string message)
    {
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("training"));

        error.Message.ShouldBe(message);
        (await temp.Store.Runs.ListRunsAsync(RunFilter.All, new PageRequest())).Total.ShouldBe(0);
    }
}
