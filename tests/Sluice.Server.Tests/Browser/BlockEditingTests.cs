using Microsoft.Playwright;

using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Browser;

/// <summary>Editing a block's code in its Monaco editor and saving it, in a real browser.</summary>
[Collection(BrowserTests.Collection)]
public sealed class BlockEditingTests
{
    [Fact]
    public async Task EditingABlock_EnablesSave_AndEachSaveWritesTheFile()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        string file = Path.Combine(server.Folder, "transformers", "clean_sales.cs");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, $"/projects/{server.Workspace.Projects[0].Key}/pipelines/daily_sales").ToString());
        await Assertions.Expect(page.Locator("[data-testid=block-clean_sales] .monaco-editor").First).ToBeVisibleAsync();
        var save = page.GetByTestId("save-clean_sales");
        await Assertions.Expect(save).ToBeDisabledAsync();

        await EditorPage.PlaceCaretAsync(page, "class CleanSales", 1);
        await page.Keyboard.TypeAsync("// first edit\n");
        await Assertions.Expect(save).ToBeEnabledAsync();
        await save.ClickAsync();
        await Assertions.Expect(save).ToBeDisabledAsync();
        File.ReadAllText(file).ShouldStartWith("// first edit\n");

        // The next edit after a save enables Save again.
        await EditorPage.PlaceCaretAsync(page, "class CleanSales", 1);
        await page.Keyboard.TypeAsync("// second edit\n");
        await Assertions.Expect(save).ToBeEnabledAsync();
        await save.ClickAsync();
        await Assertions.Expect(save).ToBeDisabledAsync();
        File.ReadAllText(file).ShouldStartWith("// second edit\n// first edit\n");
    }
}
