using Microsoft.Playwright;

namespace Sluice.Server.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser): .ci/run installs the package. The flags keep
/// it from reaching for the network this machine does not have.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<LaunchedBrowser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's chromium at {ExecutablePath}: apt-get install chromium (.ci/run does).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--no-first-run", "--disable-dev-shm-usage",
            ],
        });
        return new LaunchedBrowser(playwright, browser);
    }
}
