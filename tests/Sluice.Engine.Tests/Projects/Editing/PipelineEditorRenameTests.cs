using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Projects.Editing;

public sealed class PipelineEditorRenameTests : IDisposable
{
    private readonly EditorProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void RenameBlock_MovesAnUnsharedFileAndRewritesUpstreamAndCharts()
    {
        _project.Write("transformers/prepare.cs", "// prepare's code\n");

        var after = PipelineEditor.RenameBlock(_project.Project, _project.Id, "prepare", "clean");

        after.Blocks.Select(b => b.Name).ShouldBe(["ingest", "clean", "build"]);
        after.FindBlock("clean")!.SourcePath.ShouldBe("transformers/clean.cs");
        after.FindBlock("build")!.Upstream.ShouldBe(["clean"]);
        after.Charts.Select(c => c.Block).ShouldBe(["clean", "ingest", "build"]);
        _project.Read("transformers/clean.cs").ShouldBe("// prepare's code\n");
        _project.Exists("transformers/prepare.cs").ShouldBeFalse();
        File.ReadAllText(_project.PipelinePath).ShouldNotContain("file:");
    }

    [Fact]
    public void RenameBlock_WhenAnotherPipelineUsesTheFile_KeepsItWhereItIs()
    {
        _project.Write("pipelines/q/pipeline.yaml", "blocks:\n  - name: prepare\n    kind: transformer\n");

        var after = PipelineEditor.RenameBlock(_project.Project, _project.Id, "prepare", "clean");

        after.FindBlock("clean")!.SourcePath.ShouldBe("transformers/prepare.cs");
        File.ReadAllText(_project.PipelinePath).ShouldContain("    file: transformers/prepare.cs\n");
        _project.Exists("transformers/clean.cs").ShouldBeFalse();
        _project.Temp.LoadPipeline("q").Blocks.ShouldHaveSingleItem().SourcePath.ShouldBe("transformers/prepare.cs");
    }

    [Fact]
    public void RenameBlock_WhenAnotherBlockOfThePipelineUsesTheFile_KeepsItWhereItIs()
    {
        PipelineYamlWriter.WriteFile(_project.Pipeline with
        {
            Blocks =
            [
                .. _project.Pipeline.Blocks,
                new BlockDefinition("prepare_again", BlockKind.Transformer, "transformers/prepare.cs", ["ingest"], ExecutionSettings.None),
            ],
        });

        var after = PipelineEditor.RenameBlock(_project.Project, _project.Id, "prepare", "clean");

        after.FindBlock("clean")!.SourcePath.ShouldBe("transformers/prepare.cs");
        after.FindBlock("prepare_again")!.SourcePath.ShouldBe("transformers/prepare.cs");
        _project.Exists("transformers/prepare.cs").ShouldBeTrue();
    }

    [Fact]
    public void RenameBlock_WhenAnotherPipelineDoesNotLoadButNamesTheBlock_KeepsTheFile()
    {
        _project.Write("pipelines/broken/pipeline.yaml", "blocks:\n  - name: prepare\n    kind: transformr\n");

        PipelineEditor.RenameBlock(_project.Project, _project.Id, "prepare", "clean")
            .FindBlock("clean")!.SourcePath.ShouldBe("transformers/prepare.cs");

        _project.Exists("transformers/prepare.cs").ShouldBeTrue();
    }

    [Fact]
    public void RenameBlock_WhenTheFileIsNotAtItsDefaultPath_KeepsIt()
    {
        _project.Write("shared/prep.cs", "// shared\n");
        PipelineYamlWriter.WriteFile(_project.Pipeline with
        {
            Blocks = [.. _project.Pipeline.Blocks.Select(b => b.Name == "prepare" ? b with { SourcePath = "shared/prep.cs" } : b)],
        });

        PipelineEditor.RenameBlock(_project.Project, _project.Id, "prepare", "clean")
            .FindBlock("clean")!.SourcePath.ShouldBe("shared/prep.cs");

        _project.Exists("shared/prep.cs").ShouldBeTrue();
    }

    [Fact]
    public void RenameBlock_ToItsOwnName_ChangesNothing()
    {
        var before = _project.Snapshot();

        PipelineEditor.RenameBlock(_project.Project, _project.Id, "prepare", "prepare").FindBlock("prepare").ShouldNotBeNull();

        _project.Snapshot().ShouldBe(before);
    }

    [Theory]
    [InlineData("prepare", "clean-up", "'clean-up' is not a valid block name; use a letter or '_' followed by letters, digits or '_'")]
    [InlineData("prepare", "../clean", "'../clean' is not a valid block name; use a letter or '_' followed by letters, digits or '_'")]
    [InlineData("prepare", "build", "Pipeline 'p' already has a block named 'build'")]
    [InlineData("train", "clean", "Pipeline 'p' has no block 'train'; its blocks: ingest, prepare, build")]
    public void RenameBlock_WhenRefused_SaysWhyAndChangesNothing(string oldName, string newName, string message)
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.RenameBlock(_project.Project, _project.Id, oldName, newName))
            .Message.ShouldBe(message);

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void RenameBlock_WhenTheNewFileExists_RefusesAndChangesNothing()
    {
        _project.Write("transformers/clean.cs", "// left by a removed block\n");
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.RenameBlock(_project.Project, _project.Id, "prepare", "clean"))
            .Message.ShouldBe(
                "Cannot rename block 'prepare' to 'clean': transformers/clean.cs already exists (another block's file, or one a removed block left); pick another name or move that file away");

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void RenameBlock_WhenTheKindFolderLinksOutside_RefusesAndChangesNothing()
    {
        var outside = Path.Combine(Path.GetTempPath(), "sluice-outside-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "prepare.cs"), "// outside\n");
            Directory.Delete(Path.Combine(_project.Root, "transformers"), recursive: true);
            Directory.CreateSymbolicLink(Path.Combine(_project.Root, "transformers"), outside);
            var before = _project.Snapshot();

            Should.Throw<SluiceException>(() => PipelineEditor.RenameBlock(_project.Project, _project.Id, "prepare", "clean"))
                .Message.ShouldContain("passes through the symbolic link transformers, which leads outside the project");

            Directory.EnumerateFiles(outside).Select(Path.GetFileName).ShouldBe(["prepare.cs"]);
            _project.Snapshot().ShouldBe(before);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
