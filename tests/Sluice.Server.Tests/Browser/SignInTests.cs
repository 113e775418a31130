using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Browser;

/// <summary>A server with a token asks for it before showing anything.</summary>
[Collection(BrowserTests.Collection)]
public sealed class SignInTests
{
    [Fact]
    public async Task WithAToken_TheBrowserSignsInFirst_AndAWrongTokenIsTurnedAway()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart", token: "course-token");
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(server.Address.ToString());
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));

        await page.Locator("#token").FillAsync("guess");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not this server's token");

        await page.Locator("#token").FillAsync("course-token");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("pipelines")).ToContainTextAsync("daily_sales");
    }
}
