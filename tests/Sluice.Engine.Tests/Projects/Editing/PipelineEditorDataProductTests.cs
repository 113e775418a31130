using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Tests.Projects.Editing;

/// <summary>The editor's operations on a block that reuses a data product: it has no file and takes no upstream.</summary>
public sealed class PipelineEditorDataProductTests : IDisposable
{
    private readonly TempProject _temp = new("""
        name: products
        data_products:
          training_data:
            pipeline: data_preparation
            block: prepare
        """);

    private readonly PipelineId _id = new("training");

    public PipelineEditorDataProductTests() =>
        _temp.WritePipeline("training", """
            blocks:
              - name: training_data
                data_product: training_data
              - name: train
                kind: transformer
                upstream: [training_data]
            """, "transformers/train.cs", "transformers/training_data.cs");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void RenameBlock_OfADataProductBlock_RenamesItAndItsDownstreamUpstream_AndMovesNoFile()
    {
        var after = PipelineEditor.RenameBlock(_temp.Load(), _id, "training_data", "prepared");

        after.Blocks[0].Name.ShouldBe("prepared");
        after.Blocks[0].DataProduct.ShouldBe("training_data");
        after.Blocks[1].Upstream.ShouldBe(["prepared"]);
        File.Exists(Path.Combine(_temp.Root, "transformers/training_data.cs")).ShouldBeTrue();
        File.ReadAllText(Path.Combine(_temp.Root, "pipelines/training/pipeline.yaml"))
            .ShouldContain("  - name: prepared\n    data_product: training_data\n");
    }

    [Fact]
    public void Connect_IntoADataProductBlock_IsRefusedAndChangesNothing()
    {
        var before = File.ReadAllText(Path.Combine(_temp.Root, "pipelines/training/pipeline.yaml"));

        var error = Should.Throw<SluiceException>(() => PipelineEditor.Connect(_temp.Load(), _id, "train", "training_data"));

        error.Message.ShouldBe(
            "cannot connect 'train' to 'training_data': it reuses data product 'training_data', whose outputs come from its own "
            + "pipeline, so it takes no upstream blocks");
        File.ReadAllText(Path.Combine(_temp.Root, "pipelines/training/pipeline.yaml")).ShouldBe(before);
    }

    [Fact]
    public void SetUpstream_OfADataProductBlockToNothing_IsAllowed()
    {
        var after = PipelineEditor.SetUpstream(_temp.Load(), _id, "training_data", []);

        after.Blocks[0].Upstream.ShouldBeEmpty();
    }

    [Fact]
    public void ReadAndSaveBlockSource_OfADataProductBlock_SayItHasNoFile()
    {
        var read = Should.Throw<SluiceException>(() => PipelineEditor.ReadBlockSource(_temp.Load(), _id, "training_data"));
        var save = Should.Throw<SluiceException>(() => PipelineEditor.SaveBlockSource(_temp.Load(), _id, "training_data", "// code"));

        read.Message.ShouldBe("Block 'training_data' reuses data product 'training_data' and has no source file");
        save.Message.ShouldBe(read.Message);
    }

    [Fact]
    public void ReadBlockSource_OfALoadedDataProductBlock_SaysItHasNoFile()
    {
        var block = ProjectLoader.LoadPipeline(_temp.Load(), _id).FindBlock("training_data")!;

        Should.Throw<SluiceException>(() => PipelineEditor.ReadBlockSource(_temp.Load(), block))
            .Message.ShouldBe("Block 'training_data' reuses data product 'training_data' and has no source file");
    }
}
