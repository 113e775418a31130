using Microsoft.Playwright;

namespace Sluice.Server.Tests.Browser;

/// <summary>A Chromium started by <see cref="Chromium.LaunchAsync"/> and the Playwright driver behind it, closed together.</summary>
public sealed class LaunchedBrowser(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
{
    public Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null) => browser.NewPageAsync(options);

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
