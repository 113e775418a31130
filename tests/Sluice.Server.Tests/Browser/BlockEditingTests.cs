using System.Text.Json;

using Microsoft.Playwright;

using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Browser;

/// <summary>A block's panel in a real browser: its Monaco editor, saving, and its stored output.</summary>
[Collection(BrowserTests.Collection)]
public sealed class BlockEditingTests
{
    [Fact]
    public async Task EditingABlock_EnablesSave_AndEachSaveWritesTheFile()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        string file = Path.Combine(server.Folder, "transformers", "clean_sales.cs");
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.EditorUrl("daily_sales"));
        await Assertions.Expect(EditorPage.CodeEditor(page, "clean_sales")).ToBeVisibleAsync();
        var save = page.GetByTestId("save-clean_sales");
        await Assertions.Expect(save).ToBeDisabledAsync();

        async Task EditAndSaveAsync(string line)
        {
            await EditorPage.PlaceCaretAsync(page, "class CleanSales", 1);
            await page.Keyboard.TypeAsync(line);
            await Assertions.Expect(save).ToBeEnabledAsync();
            await save.ClickAsync();
            await Assertions.Expect(save).ToBeDisabledAsync();
        }

        await EditAndSaveAsync("// first edit\n");
        File.ReadAllText(file).ShouldStartWith("// first edit\n");

        // The next edit after a save enables Save again.
        await EditAndSaveAsync("// second edit\n");
        File.ReadAllText(file).ShouldStartWith("// second edit\n// first edit\n");
    }

    [Fact]
    public async Task ABlocksEditor_HighlightsCSharp()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.EditorUrl("daily_sales"));
        await Assertions.Expect(EditorPage.CodeEditor(page, "clean_sales")).ToBeVisibleAsync();

        // C#'s tokenizer is loaded with Monaco (sluice-editor.js); every block's model is C#.
        var languages = await page.EvaluateAsync<string[]>("() => monaco.editor.getModels().map(m => m.getLanguageId())");
        languages.ShouldNotBeEmpty();
        languages.ShouldAllBe(language => language == "csharp");
        var tokens = await page.EvaluateAsync<string[]>(
            "() => monaco.editor.tokenize('public static class Totals { }', 'csharp')[0].map(t => t.type)");
        tokens.ShouldContain("keyword.public.cs");
        tokens.ShouldContain("keyword.class.cs");
    }

    [Fact]
    public async Task ABlockFurtherDown_GetsItsEditorAndStoredOutput_WhenScrolledIntoView()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var key = server.Workspace.Projects[0].Key;
        using var started = await server.Client.PostAsJsonAsync($"/api/projects/{key}/pipelines/daily_sales/runs", new { });
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        await server.WaitForRunAsync(key, id);
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 600 } });
        await page.GotoAsync(server.EditorUrl("daily_sales"));
        await Assertions.Expect(EditorPage.CodeEditor(page, "generate_sales")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("output-generate_sales")).ToBeVisibleAsync();

        // The last block is below the first screen: its text is there, its editor and output are not yet.
        var last = page.GetByTestId("block-export_totals");
        await Assertions.Expect(page.GetByTestId("preview-export_totals")).ToContainTextAsync("class");
        await Assertions.Expect(EditorPage.CodeEditor(last)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("output-export_totals")).ToHaveCountAsync(0);

        await last.ScrollIntoViewIfNeededAsync();

        await Assertions.Expect(EditorPage.CodeEditor(last)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("output-export_totals")).ToBeVisibleAsync();
    }
}
