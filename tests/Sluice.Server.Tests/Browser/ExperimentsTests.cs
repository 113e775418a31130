using System.Text.RegularExpressions;

using Microsoft.Playwright;

using Sluice.Core;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Browser;

/// <summary>Experiment tracking and the registry as a user meets them: find the best run, then promote a model.</summary>
[Collection(BrowserTests.Collection)]
public sealed class ExperimentsTests
{
    [Fact]
    public async Task OpenAnExperiment_SortByRmse_ThenMoveTheChampionAliasToAnotherVersion()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var handle = server.Workspace.Projects[0];
        await TrackingSeed.SeedAsync(handle.Project);
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await page.GotoAsync(new Uri(server.Address, $"/projects/{handle.Key}/pipelines").ToString());

        await page.GetByRole(AriaRole.Link, new() { Name = "Experiments" }).ClickAsync();
        await page.GetByTestId("experiments").GetByRole(AriaRole.Link, new() { Name = "taxi-duration" }).ClickAsync();
        var runNames = page.Locator("[data-testid=tracked-runs] td[data-run]");
        await Assertions.Expect(runNames).ToHaveTextAsync(["diverged", "sdca", "lgbm-b", "lgbm-a"]);
        await page.GetByTestId("sort-metrics.rmse").ClickAsync();
        await Assertions.Expect(runNames).ToHaveTextAsync(["lgbm-b", "lgbm-a", "sdca", "diverged"]);
        await Assertions.Expect(page.Locator("[data-testid=tracked-runs] tbody tr").First.Locator("td[data-metric=rmse]")).ToHaveTextAsync("5.1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Models" }).ClickAsync();
        await page.GetByTestId("models").GetByRole(AriaRole.Link, new() { Name = TrackingSeed.Model }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("alias-champion-version")).ToHaveTextAsync("version 1");
        await page.GetByTestId("move-champion").ClickAsync();
        await page.Locator(".mud-dialog [data-testid=alias-version]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "Version 2" }).ClickAsync();
        await page.GetByTestId("alias-ok").ClickAsync();

        await Assertions.Expect(page.GetByTestId("alias-champion-version")).ToHaveTextAsync("version 2");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/models/{TrackingSeed.Model}$"));
        (await handle.Store.Models.FindVersionAsync(TrackingSeed.Model, ModelVersionSelector.ForAlias("champion")))!.Version.ShouldBe(2);
    }
}
