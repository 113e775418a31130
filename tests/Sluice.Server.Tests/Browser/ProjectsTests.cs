using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Browser;

/// <summary>Several projects in one server: the selector switches between them and "New project" creates one.</summary>
[Collection(BrowserTests.Collection)]
public sealed class ProjectsTests
{
    [Fact]
    public async Task NewProject_IsCreatedOnDiskAndSelected_AndTheSelectorSwitchesBack()
    {
        var workspace = Path.Combine(Path.GetTempPath(), "sluice-tests", $"course-{Guid.NewGuid():N}");
        Directory.CreateDirectory(workspace);
        Sluice.Engine.Projects.ProjectScaffolder.InitProject(Path.Combine(workspace, "unit_0_setup"), "unit_0_setup");
        await using var server = await RunningServer.StartAsync(workspace);
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Address.ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/projects/unit_0_setup/pipelines$"));

        await page.GetByTestId("new-project").ClickAsync();
        await page.Locator("[data-testid=project-name] input, input[data-testid=project-name]").First.FillAsync("unit_1_data_prep");
        await page.GetByTestId("create-project").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/projects/unit_1_data_prep/pipelines$"));
        File.Exists(Path.Combine(workspace, "unit_1_data_prep", "sluice.yaml")).ShouldBeTrue();
        await page.GetByTestId("project-selector").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "unit_0_setup" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/projects/unit_0_setup/pipelines$"));
    }

    [Fact]
    public async Task NewPipeline_FromThePipelinesPage_OpensItsEditor_AndDeleteAsksFirst()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.Address.ToString());
        await Assertions.Expect(page.GetByTestId("pipelines")).ToContainTextAsync("daily_sales");

        await page.GetByTestId("new-pipeline").ClickAsync();
        await page.Locator("[data-testid=pipeline-name] input, input[data-testid=pipeline-name]").First.FillAsync("scratch");
        await page.GetByTestId("create-pipeline").ClickAsync();
        await Assertions.Expect(page.GetByTestId("pipeline-title")).ToHaveTextAsync("scratch");

        await page.GetByRole(AriaRole.Link, new() { Name = "Pipelines" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pipelines")).ToContainTextAsync("scratch");
        await page.GetByTestId("delete-scratch").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel", Exact = true }).ClickAsync();
        Directory.Exists(Path.Combine(server.Folder, "pipelines", "scratch")).ShouldBeTrue();
        await page.GetByTestId("delete-scratch").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pipelines")).Not.ToContainTextAsync("scratch");
        Directory.Exists(Path.Combine(server.Folder, "pipelines", "scratch")).ShouldBeFalse();
    }
}
