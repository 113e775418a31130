using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Projects;

public sealed class DataProductYamlTests
{
    private const string Declared = """
        name: products
        data_products:
          training_data:
            pipeline: data_preparation
            block: prepare
            max_age: 10m
          vocabulary:
            pipeline: data_preparation
            block: build
        """;

    private const string Consumer = """
        blocks:
          - name: training_data
            data_product: training_data
          - name: train
            kind: transformer
            upstream: [training_data]
        """;

    [Fact]
    public void LoadProject_ReadsEachDataProductsPipelineBlockMaxAgeAndPlace()
    {
        using var temp = new TempProject(Declared);

        var products = temp.Load().DataProducts;

        products.Keys.ShouldBe(["training_data", "vocabulary"], ignoreOrder: true);
        var training = products["training_data"];
        training.ShouldBe(new DataProductDefinition("training_data", new PipelineId("data_preparation"), "prepare", TimeSpan.FromMinutes(10))
        {
            Location = new SourceLocation("sluice.yaml", 3, 3),
        });
        products["vocabulary"].MaxAge.ShouldBeNull();
    }

    [Fact]
    public void LoadProject_WithoutDataProducts_HasNone()
    {
        using var temp = new TempProject("name: plain\n");

        temp.Load().DataProducts.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("    max_age: soon",
        "sluice.yaml:5:14: data product 'p': max_age 'soon' is not a duration; write a number with a unit (500ms, 2s, 10m, 1h, 30d) or hh:mm:ss")]
    [InlineData("    max_age: 0s", "sluice.yaml:5:14: data product 'p': max_age must be longer than zero")]
    [InlineData("    max_age: -5m",
        "sluice.yaml:5:14: data product 'p': max_age '-5m' is not a duration; write a number with a unit (500ms, 2s, 10m, 1h, 30d) or hh:mm:ss")]
    [InlineData("    max_age:", "sluice.yaml:5:13: data product 'p': max_age needs a value, not nothing")]
    [InlineData("    partitions: 1", "sluice.yaml:5:5: unknown key 'partitions' in data product 'p'; allowed keys: pipeline, block, max_age")]
    public void LoadProject_WhenADataProductSettingIsBad_NamesProductSettingAndPlace(string line, string message)
    {
        using var temp = new TempProject($"data_products:\n  p:\n    pipeline: data_preparation\n    block: prepare\n{line}\n");

        var error = Should.Throw<SluiceException>(temp.Load);

        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("data_products:\n  p:\n    block: prepare\n",
        "sluice.yaml:3:5: data product 'p' has no pipeline; name the pipeline that makes it with 'pipeline: <name>'")]
    [InlineData("data_products:\n  p:\n    pipeline: data_preparation\n",
        "sluice.yaml:3:5: data product 'p' has no block; name the block of 'data_preparation' whose outputs it is with 'block: <name>'")]
    [InlineData("data_products:\n  p:\n",
        "sluice.yaml:2:3: data product 'p' is empty; give it 'pipeline:' and 'block:' (and 'max_age:' if its outputs go stale)")]
    [InlineData("data_products:\n  p:\n    pipeline: ../elsewhere\n    block: prepare\n",
        "sluice.yaml:3:15: data product 'p': '../elsewhere' is not a valid pipeline name; use letters, digits, '_' or '-', not starting with '-'")]
    [InlineData("data_products:\n  p:\n    pipeline: data_preparation\n    block: two words\n",
        "sluice.yaml:4:12: data product 'p': 'two words' is not a valid block name; use a letter or '_' followed by letters, digits or '_'")]
    [InlineData("data_products:\n  9lives:\n    pipeline: data_preparation\n    block: prepare\n",
        "sluice.yaml:2:3: '9lives' is not a valid data product name; use a letter or '_' followed by letters, digits or '_'")]
    [InlineData("data_products: [training_data]\n",
        "sluice.yaml:1:16: data_products must be a mapping of keys to values, not a list")]
    public void LoadProject_WhenADataProductIsIncomplete_SaysWhatIsMissingAndWhere(string yaml, string message)
    {
        using var temp = new TempProject(yaml);

        var error = Should.Throw<SluiceException>(temp.Load);

        error.Message.ShouldBe(message);
    }

    [Fact]
    public void LoadPipeline_ReadsADataProductBlock_AsABlockWithoutFileOrUpstream()
    {
        using var temp = new TempProject(Declared);
        temp.WritePipeline("training", Consumer, "transformers/train.cs");

        var pipeline = temp.LoadPipeline("training");

        var block = pipeline.Blocks[0];
        block.DataProduct.ShouldBe("training_data");
        block.Kind.ShouldBe(BlockKind.DataLoader);
        block.SourcePath.ShouldBeEmpty();
        block.Upstream.ShouldBeEmpty();
        pipeline.Blocks[1].Upstream.ShouldBe(["training_data"]);
        pipeline.Blocks[1].DataProduct.ShouldBeNull();
    }

    [Fact]
    public void LoadPipeline_WhenADataProductIsNotDeclared_NamesTheBlockAndListsTheDeclaredOnes()
    {
        using var temp = new TempProject(Declared);
        temp.WritePipeline("training", "blocks:\n  - name: data\n    data_product: trainig_data\n");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("training"));

        error.Message.ShouldBe(
            "pipelines/training/pipeline.yaml:3:19: block 'data' uses data product 'trainig_data', which is not declared; "
            + "sluice.yaml declares: training_data, vocabulary");
    }

    [Fact]
    public void LoadPipeline_WhenTheProjectDeclaresNoDataProducts_SaysWhereToDeclareThem()
    {
        using var temp = new TempProject();
        temp.WritePipeline("training", "blocks:\n  - name: data\n    data_product: training_data\n");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("training"));

        error.Message.ShouldBe(
            "pipelines/training/pipeline.yaml:3:19: block 'data' uses data product 'training_data', which is not declared; "
            + "sluice.yaml declares no data products (add it under 'data_products:')");
    }

    [Theory]
    [InlineData("kind: transformer", "4:11", "kind")]
    [InlineData("file: transformers/x.cs", "4:11", "file")]
    [InlineData("upstream: [load]", "4:15", "upstream")]
    [InlineData("settings: { retries: 2 }", "4:15", "settings")]
    public void LoadPipeline_WhenADataProductBlockHasCodeSettings_RefusesThem(string line, string place, string key)
    {
        using var temp = new TempProject(Declared);
        temp.WritePipeline("training", $"blocks:\n  - name: data\n    data_product: training_data\n    {line}\n");

        var error = Should.Throw<SluiceException>(() => temp.LoadPipeline("training"));

        error.Message.ShouldBe(
            $"pipelines/training/pipeline.yaml:{place}: block 'data' reuses data product 'training_data', so it takes no '{key}': "
            + "its outputs come from the product's block");
    }

    [Fact]
    public void Write_ThenRead_GivesTheSamePipeline_WithTheDataProductBlockAsTwoLines()
    {
        using var temp = new TempProject(Declared);
        var path = temp.WritePipeline("training", Consumer, "transformers/train.cs");
        var pipeline = temp.LoadPipeline("training");

        var yaml = PipelineYamlWriter.Write(pipeline);
        File.WriteAllText(path, yaml);
        var again = temp.LoadPipeline("training");

        yaml.ShouldContain("  - name: training_data\n    data_product: training_data\n  - name: train\n");
        again.Blocks.Count.ShouldBe(2);
        again.Blocks[0].ShouldBe(pipeline.Blocks[0]);
        again.Blocks[1].Upstream.ShouldBe(["training_data"]);
        PipelineYamlWriter.Write(again).ShouldBe(yaml);
    }
}
