using Bunit;

using MudBlazor;

using Sluice.Core;
using Sluice.Server.Components.Pages;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Components.Tracking;

public sealed class ModelPagesTests : TrackingPageTest
{
    [Fact]
    public async Task Models_AreListedWithTheirAliases_AndSearchNarrowsThem()
    {
        await Project.Project.Models.RegisterAsync("other", Seed.Runs["lgbm-a"]);
        var page = Context.Render<ModelsPage>(p => p.Add(c => c.Project, Project.Key));
        page.WaitForAssertion(() => ModelNames(page).ShouldBe(["other", TrackingSeed.Model]));
        page.FindAll("[data-testid=models] tbody tr")[1].QuerySelector("td[data-label=Aliases]")!.TextContent.Trim().ShouldBe("champion → v1");

        await page.Find("[data-testid=model-search] input, input[data-testid=model-search]").InputAsync("TAXI");

        page.WaitForAssertion(() => ModelNames(page).ShouldBe([TrackingSeed.Model]), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Model_ShowsItsVersionsHighestFirst_WithRunSignatureAndAliases()
    {
        var page = RenderModel();

        var rows = page.FindAll("[data-testid=versions] tbody tr");
        rows.Select(r => r.QuerySelector("td[data-version]")!.TextContent.Trim()).ShouldBe(["2", "1"]);
        rows[1].QuerySelector("td[data-label='Source run'] a")!.TextContent.Trim().ShouldBe("lgbm-a");
        rows[1].QuerySelector("td[data-label=Signature]")!.TextContent.ShouldContain("in: x: float32");
        rows[1].QuerySelector("td[data-label=Signature]")!.TextContent.ShouldContain("out: Score: float32");
        rows[1].QuerySelector("td[data-label=Aliases]")!.TextContent.Trim().ShouldBe("champion");
        page.Find("[data-testid=alias-champion-version]").TextContent.ShouldBe("version 1");
    }

    [Fact]
    public async Task MoveAlias_ThroughTheDialog_PointsItAtTheChosenVersion()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var page = RenderModel();

        _ = page.Find("[data-testid=move-champion]").ClickAsync();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=alias-version]"));
        await ChooseAsync(dialogs, "alias-version", "Version 2");
        await DialogButton(dialogs, "Move").ClickAsync();

        page.WaitForAssertion(() => page.Find("[data-testid=alias-champion-version]").TextContent.ShouldBe("version 2"));
        (await Project.Store.Models.FindVersionAsync(TrackingSeed.Model, ModelVersionSelector.ForAlias("champion")))!.Version.ShouldBe(2);
        page.WaitForAssertion(() => page.FindAll("[data-testid=versions] tbody tr")[0].QuerySelector("td[data-label=Aliases]")!
            .TextContent.Trim().ShouldBe("champion"));
    }

    [Fact]
    public async Task SetAlias_WithAReservedName_SaysWhyInTheDialog_AndSetsNothing()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var page = RenderModel();

        _ = page.Find("[data-testid=new-alias]").ClickAsync();
        dialogs.WaitForAssertion(() => dialogs.Find("input"));
        await dialogs.Find("input").InputAsync("latest");
        await DialogButton(dialogs, "Set").ClickAsync();

        dialogs.WaitForAssertion(() => dialogs.Find(".mud-input-helper-text").TextContent
            .ShouldBe("Alias 'latest' is reserved: it always means the highest version."));
        (await Project.Store.Models.FindModelAsync(TrackingSeed.Model))!.Aliases.Keys.ShouldBe(["champion"]);
    }

    [Fact]
    public async Task DeleteAlias_WhenConfirmed_RemovesIt()
    {
        var dialogs = Context.Render<MudDialogProvider>();
        var page = RenderModel();

        _ = page.Find("[data-testid=delete-alias-champion]").ClickAsync();
        await DialogButton(dialogs, "Delete").ClickAsync();

        page.WaitForAssertion(() => page.FindAll("tr[data-alias]").ShouldBeEmpty());
        SnackbarMessages.ShouldBe(["Deleted alias 'champion'."]);
        (await Project.Store.Models.FindModelAsync(TrackingSeed.Model))!.Aliases.ShouldBeEmpty();
    }

    private IRenderedComponent<ModelPage> RenderModel()
    {
        var page = Context.Render<ModelPage>(p => p.Add(c => c.Project, Project.Key).Add(c => c.Model, TrackingSeed.Model));
        page.WaitForAssertion(() => page.FindAll("[data-testid=versions] tbody td[data-version]").Count.ShouldBe(2));
        return page;
    }

    private static List<string> ModelNames(IRenderedComponent<ModelsPage> page) =>
        [.. page.FindAll("[data-testid=models] tbody td[data-label=Name]").Select(td => td.TextContent.Trim())];
}
