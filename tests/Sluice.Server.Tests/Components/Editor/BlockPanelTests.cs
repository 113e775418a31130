using Bunit;

using Sluice.Core;
using Sluice.Server.Components.Editor;

namespace Sluice.Server.Tests.Components.Editor;

public sealed class BlockPanelTests : ComponentTest
{
    [Fact]
    public async Task Render_ShowsTheDynamicFlagsOfEachBlock_AsChips()
    {
        var project = await OpenExampleAsync();
        DynamicProject.WriteInto(project.Root);
        var pipeline = project.Pipeline("fan");

        var chips = pipeline.Blocks.Select(block => Chips(project, pipeline, block)).ToList();

        chips.ShouldBe([["custom", "dynamic"], ["custom", "dynamic child", "reduce output"], ["custom"]]);
    }

    private List<string> Chips(ExampleProject project, PipelineDefinition pipeline, BlockDefinition block) =>
    [
        .. Context.Render<BlockPanel>(p => p
                .Add(c => c.Project, project.Handle)
                .Add(c => c.Pipeline, pipeline)
                .Add(c => c.Block, block)
                .Add(c => c.Source, string.Empty))
            .FindAll(".mud-chip")
            .Select(chip => chip.TextContent.Trim()),
    ];
}
