using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Tests.Projects.Editing;

public sealed class PipelineEditorPipelineTests : IDisposable
{
    private readonly EditorProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void DeletePipeline_RemovesItsFolderAndKeepsTheBlockFiles()
    {
        PipelineEditor.DeletePipeline(_project.Project, _project.Id);

        Directory.Exists(Path.Combine(_project.Root, "pipelines", "p")).ShouldBeFalse();
        Directory.EnumerateFileSystemEntries(Path.Combine(_project.Root, "pipelines")).ShouldBeEmpty();
        ProjectLoader.ListPipelines(_project.Project).ShouldBeEmpty();
        _project.Exists("data_loaders/ingest.cs").ShouldBeTrue();
        _project.Exists("transformers/prepare.cs").ShouldBeTrue();
        _project.Exists("data_exporters/build.cs").ShouldBeTrue();
    }

    [Fact]
    public void DeletePipeline_WhenItsFileDoesNotLoad_StillDeletesIt()
    {
        _project.Write("pipelines/p/pipeline.yaml", "blocks: [\n");

        PipelineEditor.DeletePipeline(_project.Project, _project.Id);

        Directory.Exists(Path.Combine(_project.Root, "pipelines", "p")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("q", "Pipeline 'q' does not exist; the project has: p")]
    [InlineData("../p", "'../p' is not a valid pipeline name; use letters, digits, '_' or '-', not starting with '-'")]
    public void DeletePipeline_WhenThereIsNoSuchPipeline_RefusesAndChangesNothing(string name, string message)
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.DeletePipeline(_project.Project, new PipelineId(name)))
            .Message.ShouldBe(message);

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void DeletePipeline_WhenThePipelineFolderLinksOutside_RefusesAndDeletesNothing()
    {
        var outside = Path.Combine(Path.GetTempPath(), "sluice-outside-" + Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(outside);
            File.WriteAllText(Path.Combine(outside, "pipeline.yaml"), "blocks: []\n");
            Directory.CreateSymbolicLink(Path.Combine(_project.Root, "pipelines", "q"), outside);
            var before = _project.Snapshot();

            Should.Throw<SluiceException>(() => PipelineEditor.DeletePipeline(_project.Project, new PipelineId("q")))
                .Message.ShouldContain("passes through the symbolic link pipelines/q, which leads outside the project");

            File.Exists(Path.Combine(outside, "pipeline.yaml")).ShouldBeTrue();
            _project.Snapshot().ShouldBe(before);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void SetDescription_ReplacesItAndKeepsEverythingElse()
    {
        var before = _project.Pipeline;

        var after = PipelineEditor.SetDescription(_project.Project, _project.Id, "Trips: cleaned");

        after.Description.ShouldBe("Trips: cleaned");
        _project.Pipeline.Description.ShouldBe("Trips: cleaned");
        after.Blocks.ShouldBe(before.Blocks, BlockComparer.Instance);
        after.Charts.ShouldBe(before.Charts);
        after.Variables.ShouldBe(before.Variables);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void SetDescription_WhenBlank_RemovesIt(string? description)
    {
        PipelineEditor.SetDescription(_project.Project, _project.Id, description).Description.ShouldBeNull();

        File.ReadAllText(_project.PipelinePath).ShouldNotContain("description");
    }

    [Fact]
    public void SetDescription_WhenThePipelineDoesNotExist_RefusesAndChangesNothing()
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.SetDescription(_project.Project, new PipelineId("q"), "x"))
            .Message.ShouldBe("Pipeline 'q' does not exist; the project has: p");

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void SetVariables_ReplacesAllOfThemWithValuesThatReadBack()
    {
        var after = PipelineEditor.SetVariables(_project.Project, _project.Id, new Dictionary<string, object?>
        {
            ["split_on"] = "2024-02-01",
            ["months"] = new[] { 1, 2 },
            ["rate"] = 0.5,
            ["use-gpu"] = true,
            ["_limit"] = 10,
            ["nothing"] = null,
        });

        after.Variables.Keys.ShouldBe(["split_on", "months", "rate", "use-gpu", "_limit", "nothing"]);
        after.Variables["split_on"].ShouldBe("2024-02-01");
        after.Variables["months"].ShouldBe(new List<object?> { 1L, 2L });
        after.Variables["rate"].ShouldBe(0.5);
        after.Variables["use-gpu"].ShouldBe(true);
        after.Variables["_limit"].ShouldBe(10L);
        after.Variables["nothing"].ShouldBeNull();
        after.Blocks.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("with space", "'with space' is not a valid variable name; use a letter or '_' followed by letters, digits, '_' or '-'")]
    [InlineData("1st", "'1st' is not a valid variable name; use a letter or '_' followed by letters, digits, '_' or '-'")]
    [InlineData("a=b", "'a=b' is not a valid variable name; use a letter or '_' followed by letters, digits, '_' or '-'")]
    [InlineData("", "'' is not a valid variable name; use a letter or '_' followed by letters, digits, '_' or '-'")]
    public void SetVariables_WhenANameIsBad_RefusesAndChangesNothing(string name, string message)
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.SetVariables(
                _project.Project, _project.Id, new Dictionary<string, object?> { ["good"] = 1, [name] = "x" }))
            .Message.ShouldBe(message);

        _project.Snapshot().ShouldBe(before);
    }

    [Fact]
    public void SetVariables_WhenAValueIsNotASingleValueOrList_RefusesAndChangesNothing()
    {
        var before = _project.Snapshot();

        Should.Throw<SluiceException>(() => PipelineEditor.SetVariables(
                _project.Project, _project.Id, new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?>() }))
            .Message.ShouldBe("variable 'a' must be text, a number, true/false, nothing, or a list of those, not Dictionary");
        Should.Throw<SluiceException>(() => PipelineEditor.SetVariables(
                _project.Project, _project.Id, new Dictionary<string, object?> { ["a"] = new List<object?> { 1, new[] { 2 } } }))
            .Message.ShouldBe("variable 'a' may hold a list of single values, not a list of lists or other objects");
        Should.Throw<SluiceException>(() => PipelineEditor.SetVariables(
                _project.Project, _project.Id, new Dictionary<string, object?> { ["a"] = new object() }))
            .Message.ShouldBe("variable 'a' must be text, a number, true/false, nothing, or a list of those, not Object");

        _project.Snapshot().ShouldBe(before);
    }
}
