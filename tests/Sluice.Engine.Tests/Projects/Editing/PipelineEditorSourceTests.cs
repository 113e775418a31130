using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Tests.Projects.Editing;

public sealed class PipelineEditorSourceTests : IDisposable
{
    private readonly EditorProject _project = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "sluice-outside-" + Guid.NewGuid().ToString("N"));

    public PipelineEditorSourceTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "ingest.cs"), "// outside\n");
    }

    public void Dispose()
    {
        _project.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void ReadBlockSource_GivesTheBlockFilesText()
    {
        _project.Write("transformers/prepare.cs", "// prepare\n");

        PipelineEditor.ReadBlockSource(_project.Project, _project.Id, "prepare").ShouldBe("// prepare\n");
    }

    [Fact]
    public void ReadBlockSource_OfABlockOfTheLoadedPipeline_GivesItsFilesText()
    {
        _project.Write("transformers/prepare.cs", "// prepare\n");
        _project.Write("data_exporters/build.cs", "// build\n");
        var pipeline = _project.Pipeline;

        PipelineEditor.ReadBlockSource(_project.Project, pipeline.FindBlock("prepare")!).ShouldBe("// prepare\n");
        PipelineEditor.ReadBlockSource(_project.Project, pipeline.FindBlock("build")!).ShouldBe("// build\n");
    }

    [Fact]
    public void ReadBlockSource_OfALoadedBlockWhoseFolderLinksOutside_Refuses()
    {
        var ingest = _project.Pipeline.FindBlock("ingest")!;
        Directory.Delete(Path.Combine(_project.Root, "data_loaders"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(_project.Root, "data_loaders"), _outside);

        Should.Throw<SluiceException>(() => PipelineEditor.ReadBlockSource(_project.Project, ingest))
            .Message.ShouldContain("passes through the symbolic link data_loaders, which leads outside the project");
    }

    [Fact]
    public void SaveBlockSource_ReplacesTheFileAndLeavesNoTemporaryFile()
    {
        PipelineEditor.SaveBlockSource(_project.Project, _project.Id, "prepare", "// edited in the browser\n");

        _project.Read("transformers/prepare.cs").ShouldBe("// edited in the browser\n");
        Directory.EnumerateFiles(Path.Combine(_project.Root, "transformers")).Select(Path.GetFileName).ShouldBe(["prepare.cs"]);
    }

    [Fact]
    public void SaveBlockSource_WhenTheBlockIsUnknown_RefusesAndChangesNothing()
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.SaveBlockSource(_project.Project, _project.Id, "prepar", "// x\n"))
            .Message.ShouldBe("Pipeline 'p' has no block 'prepar'; its blocks: ingest, prepare, build");

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void SaveBlockSource_WhenTheFileLinksOutside_RefusesAndLeavesTheTargetAlone()
    {
        File.Delete(Path.Combine(_project.Root, "data_loaders", "ingest.cs"));
        File.CreateSymbolicLink(Path.Combine(_project.Root, "data_loaders", "ingest.cs"), Path.Combine(_outside, "ingest.cs"));
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.SaveBlockSource(_project.Project, _project.Id, "ingest", "// pwned\n"))
            .Message.ShouldContain("passes through the symbolic link data_loaders/ingest.cs, which leads outside the project");

        File.ReadAllText(Path.Combine(_outside, "ingest.cs")).ShouldBe("// outside\n");
        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void ReadBlockSource_WhenTheKindFolderLinksOutside_Refuses()
    {
        Directory.Delete(Path.Combine(_project.Root, "data_loaders"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(_project.Root, "data_loaders"), _outside);

        Should.Throw<SluiceException>(() => PipelineEditor.ReadBlockSource(_project.Project, _project.Id, "ingest"))
            .Message.ShouldContain("passes through the symbolic link data_loaders, which leads outside the project");
    }

    [Fact]
    public void SaveBlockSource_WhenTheFileIsALinkInsideTheProject_WritesItsTargetAndKeepsTheLink()
    {
        _project.Write("shared/ingest.cs", "// shared\n");
        var link = Path.Combine(_project.Root, "data_loaders", "ingest.cs");
        File.Delete(link);
        File.CreateSymbolicLink(link, Path.Combine("..", "shared", "ingest.cs"));

        PipelineEditor.SaveBlockSource(_project.Project, _project.Id, "ingest", "// edited\n");

        new FileInfo(link).LinkTarget.ShouldNotBeNull();
        _project.Read("shared/ingest.cs").ShouldBe("// edited\n");
    }

    [Fact]
    public void RemoveBlock_RemovesTheBlockAndItsChartsAndKeepsItsFile()
    {
        var after = PipelineEditor.RemoveBlock(_project.Project, _project.Id, "build");

        after.Blocks.Select(b => b.Name).ShouldBe(["ingest", "prepare"]);
        after.Charts.Select(c => c.Block).ShouldBe(["prepare", "ingest"]);
        _project.Pipeline.Blocks.Count.ShouldBe(2);
        _project.Exists("data_exporters/build.cs").ShouldBeTrue();
    }

    [Fact]
    public void RemoveBlock_WhenAnotherBlockTakesItsOutput_NamesItAndChangesNothing()
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.RemoveBlock(_project.Project, _project.Id, "prepare"))
            .Message.ShouldBe("Cannot remove block 'prepare': block 'build' takes its output; disconnect it first");

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void RemoveBlock_WhenSeveralBlocksTakeItsOutput_NamesThemAll()
    {
        PipelineEditor.Connect(_project.Project, _project.Id, "ingest", "build");
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.RemoveBlock(_project.Project, _project.Id, "ingest"))
            .Message.ShouldBe("Cannot remove block 'ingest': blocks 'prepare', 'build' take its output; disconnect them first");

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void RemoveBlock_WhenTheBlockIsUnknown_RefusesAndChangesNothing()
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.RemoveBlock(_project.Project, _project.Id, "train"))
            .Message.ShouldBe("Pipeline 'p' has no block 'train'; its blocks: ingest, prepare, build");

        _project.Snapshot().ShouldBe(before);
    }
}
