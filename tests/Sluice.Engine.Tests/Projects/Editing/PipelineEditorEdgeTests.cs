using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Tests.Projects.Editing;

public sealed class PipelineEditorEdgeTests : IDisposable
{
    private readonly EditorProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void SetUpstream_ReplacesTheListInBindingOrder()
    {
        var after = PipelineEditor.SetUpstream(_project.Project, _project.Id, "build", ["prepare", "ingest"]);

        after.FindBlock("build")!.Upstream.ShouldBe(["prepare", "ingest"]);
        _project.Pipeline.FindBlock("build")!.Upstream.ShouldBe(["prepare", "ingest"]);
        after.Charts.Count.ShouldBe(3);
    }

    [Fact]
    public void SetUpstream_WhenEmpty_MakesTheBlockASource()
    {
        PipelineEditor.SetUpstream(_project.Project, _project.Id, "build", []).FindBlock("build")!.Upstream.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("build", new[] { "prepare", "train" },
        "block 'build' names upstream 'train', which is not a block of pipeline 'p'; it has: ingest, prepare, build")]
    [InlineData("build", new[] { "prepare", "prepare" }, "block 'build' names upstream 'prepare' twice")]
    [InlineData("build", new[] { "build" }, "block 'build' cannot be its own upstream")]
    [InlineData("ingest", new[] { "build" },
        "block 'ingest' cannot take upstream [build]: the blocks would form a cycle: ingest -> prepare -> build -> ingest")]
    [InlineData("train", new string[0], "Pipeline 'p' has no block 'train'; its blocks: ingest, prepare, build")]
    public void SetUpstream_WhenRefused_SaysWhyAndChangesNothing(string block, string[] upstream, string message)
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.SetUpstream(_project.Project, _project.Id, block, upstream))
            .Message.ShouldBe(message);

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Connect_AppendsTheBlockToTheTargetsUpstream()
    {
        var after = PipelineEditor.Connect(_project.Project, _project.Id, "ingest", "build");

        after.FindBlock("build")!.Upstream.ShouldBe(["prepare", "ingest"]);
        _project.Pipeline.FindBlock("build")!.Upstream.ShouldBe(["prepare", "ingest"]);
    }

    [Fact]
    public void Connect_WhenAlreadyConnected_ChangesNothing()
    {
        var before = _project.Snapshot();

        PipelineEditor.Connect(_project.Project, _project.Id, "ingest", "prepare").FindBlock("prepare")!.Upstream.ShouldBe(["ingest"]);

        _project.Snapshot().ShouldBe(before);
    }

    [Theory]
    [InlineData("build", "ingest",
        "cannot connect 'build' to 'ingest': the blocks would form a cycle: ingest -> prepare -> build -> ingest")]
    [InlineData("prepare", "prepare", "block 'prepare' cannot be its own upstream")]
    [InlineData("train", "build", "Pipeline 'p' has no block 'train'; its blocks: ingest, prepare, build")]
    [InlineData("build", "train", "Pipeline 'p' has no block 'train'; its blocks: ingest, prepare, build")]
    public void Connect_WhenRefused_SaysWhyAndChangesNothing(string from, string to, string message)
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.Connect(_project.Project, _project.Id, from, to))
            .Message.ShouldBe(message);

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Disconnect_RemovesTheEdgeAndKeepsTheOthersInOrder()
    {
        PipelineEditor.SetUpstream(_project.Project, _project.Id, "build", ["ingest", "prepare"]);

        var after = PipelineEditor.Disconnect(_project.Project, _project.Id, "ingest", "build");

        after.FindBlock("build")!.Upstream.ShouldBe(["prepare"]);
        _project.Pipeline.FindBlock("build")!.Upstream.ShouldBe(["prepare"]);
    }

    [Fact]
    public void Disconnect_WhenNotConnected_ChangesNothing()
    {
        var before = _project.Snapshot();

        PipelineEditor.Disconnect(_project.Project, _project.Id, "ingest", "build").FindBlock("build")!.Upstream.ShouldBe(["prepare"]);

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void Disconnect_WhenABlockIsUnknown_RefusesAndChangesNothing()
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.Disconnect(_project.Project, _project.Id, "ingest", "train"))
            .Message.ShouldBe("Pipeline 'p' has no block 'train'; its blocks: ingest, prepare, build");

        _project.Snapshot().ShouldBe(before);
    }
}
