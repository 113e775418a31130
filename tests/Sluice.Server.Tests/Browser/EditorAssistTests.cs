using Microsoft.Playwright;

using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Browser;

/// <summary>C# help while typing, in a real browser: Roslyn's completions in Monaco and errors underlined after a pause.</summary>
[Collection(BrowserTests.Collection)]
public sealed class EditorAssistTests
{
    [Fact]
    public async Task TypingInABlock_OffersRoslynCompletions_AndUnderlinesErrors()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        await page.GotoAsync(server.EditorUrl("daily_sales"));
        await Assertions.Expect(EditorPage.CodeEditor(page, "clean_sales")).ToBeVisibleAsync();

        // Line 24 of clean_sales.cs is inside Clean(DataFrame sales, BlockContext context). Roslyn's first answer in a
        // process takes seconds (the editor warms it up when it opens); the test waits for that, then types.
        using var warm = await server.Client.PostAsJsonAsync(
            $"/api/projects/{server.Workspace.Projects[0].Key}/assist/completions?file=transformers/clean_sales.cs",
            new { source = "class C { }", line = 1, column = 1 });
        warm.EnsureSuccessStatusCode();
        await EditorPage.PlaceCaretAsync(page, "class CleanSales", 24);
        await page.Keyboard.TypeAsync("context.");
        var suggestions = page.Locator(".suggest-widget.visible");
        try
        {
            await Assertions.Expect(suggestions).ToContainTextAsync("Variables", new() { Timeout = 30_000 });
        }
        catch (PlaywrightException)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "completion-failure.png") });
            throw;
        }

        await Assertions.Expect(suggestions).ToContainTextAsync("Logger");
        await page.Keyboard.PressAsync("Escape");

        // Turn the line into a type error: it is underlined without saving or running.
        await page.Keyboard.TypeAsync("Variables; int oops = \"text\";");
        await Assertions.Expect(page.Locator("[data-testid=block-clean_sales] .squiggly-error").First)
            .ToBeVisibleAsync(new() { Timeout = 30_000 });
        (await EditorPage.ErrorMarkersAsync(page, "class CleanSales")).ShouldBeGreaterThan(0);
        File.ReadAllText(Path.Combine(server.Folder, "transformers", "clean_sales.cs")).ShouldNotContain("oops");
    }

    [Fact]
    public async Task RunningABlockThatDoesNotCompile_ShowsTheErrorAndMarksItsLine()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var source = Path.Combine(server.Folder, "transformers", "clean_sales.cs");
        await File.WriteAllTextAsync(source, (await File.ReadAllTextAsync(source)).Replace(
            "var keep = new bool[stores.Length];", "int keep = \"text\";", StringComparison.Ordinal));
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.EditorUrl("daily_sales"));
        await Assertions.Expect(EditorPage.CodeEditor(page, "clean_sales")).ToBeVisibleAsync();

        await page.GetByTestId("run-clean_sales").ClickAsync();

        await Assertions.Expect(page.GetByTestId("error-clean_sales")).ToContainTextAsync("transformers/clean_sales.cs:17:20", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("error-clean_sales")).ToContainTextAsync("CS0029");
        var line = await page.EvaluateAsync<int>(
            """
            () => {
                const model = monaco.editor.getModels().find(m => m.getValue().includes('class CleanSales'));
                const marker = monaco.editor.getModelMarkers({ resource: model.uri }).find(m => m.message.includes('CS0029'));
                return marker ? marker.startLineNumber : -1;
            }
            """);
        line.ShouldBe(17);
    }
}
