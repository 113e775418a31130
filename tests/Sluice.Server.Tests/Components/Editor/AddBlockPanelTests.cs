using Bunit;

using Sluice.Engine.Projects;
using Sluice.Sdk;
using Sluice.Server.Components.Editor;

namespace Sluice.Server.Tests.Components.Editor;

public sealed class AddBlockPanelTests : ComponentTest
{
    private int _changes;

    [Theory]
    [InlineData("9bad")]
    [InlineData("../x")]
    [InlineData("")]
    public async Task Add_WhenTheNameIsInvalid_ShowsTheEnginesMessageAndChangesNothing(string name)
    {
        var project = await OpenExampleAsync();
        var before = project.Snapshot();
        var panel = Render(project);

        await panel.Find("[data-testid=add-block-name]").ChangeAsync(name);
        await panel.Find("[data-testid=add-block-button]").ClickAsync();

        panel.Find(".mud-input-helper-text").TextContent
            .ShouldBe($"'{name}' is not a valid block name; use {ProjectNames.BlockNameRule}");
        project.Snapshot().ShouldBe(before);
        _changes.ShouldBe(0);
    }

    [Fact]
    public async Task Add_WhenThePipelineHasTheName_ShowsTheEnginesMessageAndChangesNothing()
    {
        var project = await OpenExampleAsync();
        var before = project.Snapshot();
        var panel = Render(project);

        await panel.Find("[data-testid=add-block-name]").ChangeAsync("clean_sales");
        await panel.Find("[data-testid=add-block-button]").ClickAsync();

        panel.Find(".mud-input-helper-text").TextContent.ShouldBe("Pipeline 'daily_sales' already has a block named 'clean_sales'");
        project.Snapshot().ShouldBe(before);
        _changes.ShouldBe(0);
    }

    [Fact]
    public async Task Add_WithAValidName_AddsTheBlockAndWritesItsTemplate()
    {
        var project = await OpenExampleAsync();
        var panel = Render(project);

        await panel.Find("[data-testid=add-block-name]").ChangeAsync("  more_sales ");
        await panel.Find("[data-testid=add-block-button]").ClickAsync();

        var block = project.Pipeline("daily_sales").Blocks[^1];
        block.Name.ShouldBe("more_sales");
        block.Kind.ShouldBe(BlockKind.DataLoader);
        block.Upstream.ShouldBeEmpty();
        File.ReadAllText(project.PipelineFile("daily_sales")).ShouldContain("- name: more_sales");
        File.ReadAllText(Path.Combine(project.Root, "data_loaders", "more_sales.cs"))
            .ShouldBe(BlockTemplates.For(BlockKind.DataLoader, "more_sales"));
        _changes.ShouldBe(1);
        panel.FindAll(".mud-input-helper-text").ShouldBeEmpty();
        panel.Find("[data-testid=add-block-name]").GetAttribute("value").ShouldBeNullOrEmpty();
    }

    [Fact]
    public async Task Add_ATransformer_FeedsItFromTheLastBlock()
    {
        var project = await OpenExampleAsync();
        var panel = Render(project);

        await panel.Find("[data-testid=add-block-kind]").MouseDownAsync();
        await Popovers.WaitForElements(".mud-list-item").Single(item => item.TextContent.Trim() == "transformer").ClickAsync();
        await panel.Find("[data-testid=add-block-name]").ChangeAsync("top_stores");
        await panel.Find("[data-testid=add-block-button]").ClickAsync();

        var block = project.Pipeline("daily_sales").Blocks[^1];
        block.Name.ShouldBe("top_stores");
        block.Kind.ShouldBe(BlockKind.Transformer);
        block.Upstream.ShouldBe(["export_totals"]);
        File.ReadAllText(Path.Combine(project.Root, "transformers", "top_stores.cs"))
            .ShouldBe(BlockTemplates.For(BlockKind.Transformer, "top_stores"));
    }

    private IRenderedComponent<AddBlockPanel> Render(ExampleProject project) =>
        Context.Render<AddBlockPanel>(p => p
            .Add(c => c.Project, project.Handle)
            .Add(c => c.Pipeline, project.Pipeline("daily_sales"))
            .Add(c => c.PipelineChanged, () => _changes++));
}
