using Sluice.Engine.Projects;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.Projects.Editing;

public sealed class PipelineEditorExampleTests : IDisposable
{
    private readonly string _root = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "nyc-taxi"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void EveryPipelineOfTheExample_LoadsAndSurvivesAnEditRoundTrip()
    {
        var project = ProjectLoader.LoadProject(_root);
        var pipelines = ProjectLoader.ListPipelines(project);
        pipelines.ShouldNotBeEmpty();

        foreach (var id in pipelines)
        {
            var before = ProjectLoader.LoadPipeline(project, id);

            var after = PipelineEditor.SetDescription(project, id, before.Description);

            after.Description.ShouldBe(before.Description, id.Value);
            after.Blocks.ShouldBe(before.Blocks, BlockComparer.Instance);
            after.Variables.ShouldBe(before.Variables, id.Value);
            after.Settings.ShouldBe(before.Settings, id.Value);
            after.Charts.ShouldBe(before.Charts, id.Value);
        }
    }
}
