using Bunit;

using Sluice.Server.Components.Editor;

namespace Sluice.Server.Tests.Components.Editor;

public sealed class VariablesPanelTests : ComponentTest
{
    private int _changes;

    [Fact]
    public async Task Render_ShowsThePipelinesVariables()
    {
        var project = await OpenExampleAsync();

        var panel = Render(project);

        Values(panel, "variable-name").ShouldBe(["rows", "seed"]);
        Values(panel, "variable-value").ShouldBe(["10000", "42"]);
    }

    [Fact]
    public async Task Save_WritesTheEditedValueToPipelineYaml()
    {
        var project = await OpenExampleAsync();
        var panel = Render(project);

        await panel.FindAll("[data-testid=variable-value]")[0].ChangeAsync("500");
        await panel.Find("[data-testid=variables-save]").ClickAsync();

        File.ReadAllText(project.PipelineFile("daily_sales")).ShouldContain("rows: 500");
        var variables = project.Pipeline("daily_sales").Variables;
        Convert.ToInt64(variables["rows"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(500);
        Convert.ToInt64(variables["seed"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(42);
        _changes.ShouldBe(1);
        SnackbarMessages.ShouldBe(["Variables saved."]);
    }

    [Fact]
    public async Task Save_WritesAnAddedVariableAndLeavesOutARemovedOne()
    {
        var project = await OpenExampleAsync();
        var panel = Render(project);

        await panel.Find("[data-testid=variable-add]").ClickAsync();
        await panel.FindAll("[data-testid=variable-name]")[2].ChangeAsync("threshold");
        await panel.FindAll("[data-testid=variable-value]")[2].ChangeAsync("0.5");
        await panel.Find("[data-testid=variable-1] button[aria-label='Remove variable']").ClickAsync();
        await panel.Find("[data-testid=variables-save]").ClickAsync();

        var variables = project.Pipeline("daily_sales").Variables;
        variables.Keys.Order(StringComparer.Ordinal).ShouldBe(["rows", "threshold"]);
        variables["threshold"].ShouldBe(0.5);
        _changes.ShouldBe(1);
    }

    [Fact]
    public async Task Save_WhenANameIsListedTwice_RefusesAndChangesNothing()
    {
        var project = await OpenExampleAsync();
        var before = File.ReadAllBytes(project.PipelineFile("daily_sales"));
        var panel = Render(project);

        await panel.FindAll("[data-testid=variable-name]")[1].ChangeAsync("rows");
        await panel.Find("[data-testid=variables-save]").ClickAsync();

        SnackbarMessages.ShouldBe(["Variable 'rows' is listed twice."]);
        File.ReadAllBytes(project.PipelineFile("daily_sales")).ShouldBe(before);
        _changes.ShouldBe(0);
    }

    [Fact]
    public async Task Save_WhenANameIsInvalid_ShowsTheEnginesMessageAndChangesNothing()
    {
        var project = await OpenExampleAsync();
        var before = File.ReadAllBytes(project.PipelineFile("daily_sales"));
        var panel = Render(project);

        await panel.FindAll("[data-testid=variable-name]")[1].ChangeAsync("9lives");
        await panel.Find("[data-testid=variables-save]").ClickAsync();

        SnackbarMessages.ShouldHaveSingleItem().ShouldStartWith("'9lives' is not a valid variable name; use a letter or '_'");
        File.ReadAllBytes(project.PipelineFile("daily_sales")).ShouldBe(before);
        _changes.ShouldBe(0);
    }

    private static List<string?> Values(IRenderedComponent<VariablesPanel> panel, string testId) =>
        [.. panel.FindAll($"[data-testid={testId}]").Select(input => input.GetAttribute("value"))];

    private IRenderedComponent<VariablesPanel> Render(ExampleProject project) =>
        Context.Render<VariablesPanel>(p => p
            .Add(c => c.Project, project.Handle)
            .Add(c => c.Pipeline, project.Pipeline("daily_sales"))
            .Add(c => c.PipelineChanged, () => _changes++));
}
