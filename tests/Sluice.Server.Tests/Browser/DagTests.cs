using Microsoft.Playwright;

using Sluice.Engine.Projects;
using Sluice.Server.Tests.Support;

namespace Sluice.Server.Tests.Browser;

/// <summary>The DAG beside the editor: drawing a link between two blocks changes the upstream edges.</summary>
[Collection(BrowserTests.Collection)]
public sealed class DagTests
{
    [Fact]
    public async Task DraggingFromOneBlockToAnother_AddsTheEdge_AndACycleIsRefused()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var handle = server.Workspace.Projects[0];
        ProjectScaffolder.AddBlock(handle.Project.Definition, new("daily_sales"), "audit", Sluice.Sdk.BlockKind.Custom, []);
        var yaml = Path.Combine(server.Folder, "pipelines", "daily_sales", "pipeline.yaml");
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        await page.GotoAsync(server.EditorUrl("daily_sales"));
        var dag = page.GetByTestId("dag");
        await Assertions.Expect(dag.Locator(".diagram-node")).ToHaveCountAsync(5);

        await DragAsync(page, Port(dag, "export_totals", "bottom"), Port(dag, "audit", "top"));

        await Assertions.Expect(dag.Locator(".diagram-link")).ToHaveCountAsync(4);
        (await EventuallyAsync(() => File.ReadAllText(yaml), text => text.Contains("upstream: [export_totals]", StringComparison.Ordinal)))
            .ShouldContain("upstream: [export_totals]");

        var before = await File.ReadAllBytesAsync(yaml);
        await DragAsync(page, Port(dag, "audit", "bottom"), Port(dag, "generate_sales", "top"));
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("->");
        (await File.ReadAllBytesAsync(yaml)).ShouldBe(before);
    }

    [Fact]
    public async Task UpstreamDialog_SetsABlocksUpstream()
    {
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        var handle = server.Workspace.Projects[0];
        ProjectScaffolder.AddBlock(handle.Project.Definition, new("daily_sales"), "audit", Sluice.Sdk.BlockKind.Custom, []);
        var yaml = Path.Combine(server.Folder, "pipelines", "daily_sales", "pipeline.yaml");
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(server.EditorUrl("daily_sales"));

        await page.GetByTestId("edit-upstream-audit").ClickAsync();
        await page.GetByTestId("upstream-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "daily_totals" }).ClickAsync();
        // Close the list (a click outside it), then save.
        await page.GetByText("Outputs of these blocks feed this one").ClickAsync(new() { Force = true });
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await page.GetByTestId("upstream-ok").ClickAsync();

        await Assertions.Expect(page.GetByTestId("upstream-audit")).ToContainTextAsync("upstream: daily_totals");
        (await File.ReadAllTextAsync(yaml)).ShouldContain("upstream: [daily_totals]");
    }

    [Fact]
    public async Task EveryLink_RunsFromItsUpstreamBlocksLowerPort_ToItsBlocksUpperPort()
    {
        // Ports are placed from the diagram's style sheet, not measured (DagGeometry): a link must meet the ports drawn.
        await using var server = await RunningServer.ForExampleAsync("quickstart");
        await using var browser = await Chromium.LaunchAsync();
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        await page.GotoAsync(server.EditorUrl("daily_sales"));
        var dag = page.GetByTestId("dag");
        await Assertions.Expect(dag.Locator(".diagram-link")).ToHaveCountAsync(3);
        await Assertions.Expect(dag.Locator(".diagram-link path[d]").First).ToBeAttachedAsync();

        // For each link (its first path is the line; others draw its arrow): how far, on screen, its start is from the
        // nearest lower port's bottom point, and its end from the nearest upper port's top point, less the arrow's
        // length (the line stops where the arrow begins; 10 units, times the drawing's zoom).
        var misses = await page.EvaluateAsync<double[][]>(
            """
            () => {
                const point = (rect, side) => ({ x: rect.left + rect.width / 2, y: side === 'top' ? rect.top : rect.bottom });
                const ports = side => [...document.querySelectorAll(`[data-testid=dag] .diagram-port.${side}`)]
                    .map(p => point(p.getBoundingClientRect(), side));
                const nearest = (at, side) => Math.min(...ports(side).map(p => Math.hypot(p.x - at.x, p.y - at.y)));
                return [...document.querySelectorAll('[data-testid=dag] .diagram-link')].map(link => {
                    const path = link.querySelector('path[d]');
                    const matrix = path.getScreenCTM();
                    const onScreen = length => {
                        const p = path.getPointAtLength(length);
                        return { x: matrix.a * p.x + matrix.c * p.y + matrix.e, y: matrix.b * p.x + matrix.d * p.y + matrix.f };
                    };
                    return [nearest(onScreen(0), 'bottom'), Math.abs(nearest(onScreen(path.getTotalLength()), 'top') - 10 * matrix.a)];
                });
            }
            """);

        misses.Length.ShouldBe(3);
        foreach (var miss in misses)
        {
            miss[0].ShouldBeLessThan(0.5, "a link starts away from every lower port");
            miss[1].ShouldBeLessThan(0.5, "a link ends away from every upper port");
        }
    }

    private static async Task<string> EventuallyAsync(Func<string> read, Func<string, bool> done)
    {
        var value = read();
        for (var i = 0; i < 50 && !done(value); i++)
        {
            await Task.Delay(100);
            value = read();
        }

        return value;
    }

    // The diagram measures its nodes and places ports after the first paint; drag once a port stays put.
    private static async Task<LocatorBoundingBoxResult> SettledBoxAsync(IPage page, ILocator port)
    {
        var box = await port.BoundingBoxAsync();
        for (var i = 0; i < 50; i++)
        {
            await page.WaitForTimeoutAsync(100);
            var next = await port.BoundingBoxAsync();
            if (box is not null && next is not null && next.Width > 0 && next.X == box.X && next.Y == box.Y)
            {
                return next;
            }

            box = next;
        }

        throw new TimeoutException("The diagram's ports kept moving.");
    }

    private static ILocator Port(ILocator dag, string block, string side) =>
        dag.Locator(".diagram-node").Filter(new() { HasText = block }).Locator($".diagram-port.{side}");

    private static async Task DragAsync(IPage page, ILocator from, ILocator to)
    {
        var start = await SettledBoxAsync(page, from);
        var end = await SettledBoxAsync(page, to);
        await page.Mouse.MoveAsync(start.X + (start.Width / 2), start.Y + (start.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(end.X + (end.Width / 2), end.Y + (end.Height / 2), new() { Steps = 10 });
        await page.Mouse.UpAsync();
    }
}
