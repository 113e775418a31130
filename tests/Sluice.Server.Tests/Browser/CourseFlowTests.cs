using Microsoft.Playwright;

using Sluice.Engine.Tests.Support;
using Sluice.Server.Tests.Support;

using Xunit.Abstractions;

namespace Sluice.Server.Tests.Browser;

/// <summary>
/// The course's flow in a real browser: open the nyc-taxi project, open data_preparation, run ingest and see its
/// 110,128 rows, run prepare, add the trip_distance histogram, run the pipeline @once and see it complete with its
/// block tests passed.
/// </summary>
[Collection(BrowserTests.Collection)]
public sealed class CourseFlowTests(ITestOutputHelper output)
{
    private static readonly LocatorAssertionsToContainTextOptions Long = new() { Timeout = 120_000 };

    [Fact]
    public async Task CourseFlow_FromIngestToRunOnce_WorksInTheBrowser()
    {
        var workspace = Path.Combine(Path.GetTempPath(), "sluice-tests", $"course-{Guid.NewGuid():N}");
        var project = Path.Combine(workspace, "nyc-taxi");
        CopyFolder(SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "nyc-taxi")), project);
        await using var server = await RunningServer.StartAsync(workspace);
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1100 } });
        try
        {
            await WalkThroughAsync(page, server, project);
        }
        catch
        {
            var failure = Path.Combine(AppContext.BaseDirectory, "screenshots", "course-flow-failure.png");
            Directory.CreateDirectory(Path.GetDirectoryName(failure)!);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = failure, FullPage = true });
            output.WriteLine($"The page when the test failed: {failure}");
            throw;
        }
    }

    private async Task WalkThroughAsync(IPage page, RunningServer server, string project)
    {

        // The pipelines page of the first project, with the project selector.
        await page.GotoAsync(server.Address.ToString());
        await Assertions.Expect(page.GetByTestId("pipelines")).ToContainTextAsync("data_preparation");
        await page.GetByRole(AriaRole.Link, new() { Name = "data_preparation" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pipeline-title")).ToHaveTextAsync("data_preparation");

        // Read the trips from the shared folder instead of downloading them: a pipeline variable.
        var variableInputs = page.GetByTestId("variables").Locator("input");
        var inputs = await variableInputs.CountAsync();
        await page.GetByTestId("variable-add").ClickAsync();
        await Assertions.Expect(variableInputs).ToHaveCountAsync(inputs + 2);
        await variableInputs.Nth(inputs).FillAsync("data_folder");
        await variableInputs.Nth(inputs + 1).FillAsync(SharedData.NycTlcFolder);
        await page.GetByTestId("variables-save").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Variables saved");
        File.ReadAllText(Path.Combine(project, "pipelines", "data_preparation", "pipeline.yaml")).ShouldContain("data_folder:");

        // ingest: 110,128 rows.
        await page.GetByTestId("run-ingest").ClickAsync();
        await Assertions.Expect(page.GetByTestId("output-ingest")).ToContainTextAsync("110,128 rows", Long);

        // prepare, then its trip_distance histogram (values <= 20, 20 buckets).
        await page.GetByTestId("run-prepare").ClickAsync();
        await Assertions.Expect(page.GetByTestId("output-prepare")).ToContainTextAsync("rows x", Long);
        var prepare = page.GetByTestId("block-prepare");
        await prepare.GetByRole(AriaRole.Tab, new() { Name = "Charts" }).ClickAsync();
        await ChooseAsync(page, prepare.GetByTestId("chart-column"), "trip_distance");
        await Input(prepare.GetByTestId("chart-filter")).FillAsync("trip_distance <= 20");
        await prepare.GetByTestId("chart-add").ClickAsync();
        await Assertions.Expect(prepare.Locator(".js-plotly-plot .main-svg").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        File.ReadAllText(Path.Combine(project, "pipelines", "data_preparation", "pipeline.yaml")).ShouldContain("trip_distance <= 20");

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "editor-with-outputs-and-chart.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the editor: {screenshot}");

        // Run @once: the status updates without a reload, and every block test passed.
        var link = page.GetByTestId("pipeline-run-link");
        var before = await link.CountAsync() == 0 ? null : await link.InnerTextAsync();
        await page.GetByTestId("run-once").ClickAsync();
        if (before is null)
        {
            await Assertions.Expect(link).ToBeVisibleAsync();
        }
        else
        {
            await Assertions.Expect(link).Not.ToHaveTextAsync(before);
        }

        await Assertions.Expect(page.GetByTestId("pipeline-run-status")).ToContainTextAsync("Completed", Long);
        await page.GetByTestId("pipeline-run-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("run-status")).ToContainTextAsync("Completed");
        await Assertions.Expect(page.GetByTestId("run-blocks")).ToContainTextAsync("build");
        var logs = page.GetByTestId("run-logs");
        foreach (var test in new[] { "HasTheColumnsTheNextBlocksNeed", "EveryRowIsInExactlyOneSplit", "TestDataset", "TestTrainingSet", "TestValidationSet" })
        {
            await Assertions.Expect(logs).ToContainTextAsync($"Block test {test} passed");
        }

        (await logs.InnerTextAsync()).ShouldNotContain("failed:");
    }

    private static ILocator Input(ILocator field) => field.Locator("input").Or(field.Locator("xpath=self::input")).First;

    private static async Task ChooseAsync(IPage page, ILocator select, string item)
    {
        await select.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = item }).First.ClickAsync();
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(source, target);
    }
}
