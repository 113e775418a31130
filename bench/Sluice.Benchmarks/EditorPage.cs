using System.Diagnostics;

using Microsoft.Playwright;

namespace Sluice.Benchmarks;

/// <summary>Opens the browser editor of a pipeline and waits until it is usable.</summary>
internal static class EditorPage
{
    // Usable: every block's panel is on the page with its code; every block on screen has its Monaco editor (those
    // further down get theirs as they scroll near); and the DAG shows every node and every link with its path drawn
    // (links get a path once the nodes' ports were measured). The check asks for the position of the blocks only, not
    // of anything inside them: off-screen blocks are not laid out (content-visibility), and asking where something
    // inside one is lays it out, in every frame the check runs (62 ms of a 123 ms frame in a trace of 50 blocks).
    private const string Ready = """
        ([blocks, links]) =>
            document.querySelectorAll('[data-block]').length >= blocks
            && document.querySelectorAll('.sluice-code').length >= blocks
            && document.querySelectorAll('.monaco-editor').length >= 1
            && [...document.querySelectorAll('[data-block]')]
                .filter(b => b.querySelector('.sluice-code-preview'))
                .every(b => b.getBoundingClientRect().top > window.innerHeight)
            && document.querySelectorAll('[data-testid=dag] .diagram-node').length >= blocks
            && document.querySelectorAll('[data-testid=dag] .diagram-link path[d]').length >= links
        """;

    // SLUICE_BENCH_CHROME_TRACE=/tmp/x writes a Chromium performance trace of each open to /tmp/x-<pipeline>.json.
    private static readonly string? ChromeTracePath = Environment.GetEnvironmentVariable("SLUICE_BENCH_CHROME_TRACE");

    /// <summary>
    /// Opens the editor of <paramref name="pipeline"/> in a new page of <paramref name="host"/>'s browser context;
    /// returns the page and the time from navigating to the editor being usable.
    /// </summary>
    public static async Task<(IPage Page, TimeSpan Elapsed)> OpenAsync(EditorHost host, string pipeline, int blocks, int links)
    {
        var page = await host.Context.NewPageAsync();
        try
        {
            await EditorPageMarks.StartAsync(page);
            var trace = ChromeTracePath is null ? null : await ChromeTrace.StartAsync(page, $"{ChromeTracePath}-{pipeline}.json");
            var watch = Stopwatch.StartNew();
            await page.GotoAsync(host.EditorUrl(EditorProject.Name, pipeline).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await page.WaitForFunctionAsync(Ready, new[] { blocks, links }, new PageWaitForFunctionOptions { Timeout = 120_000 });
            var elapsed = watch.Elapsed;
            if (trace is not null)
            {
                await trace.StopAsync();
            }

            await EditorPageMarks.PrintAsync(page, pipeline, elapsed);
            return (page, elapsed);
        }
        catch
        {
            await page.CloseAsync();
            throw;
        }
    }
}
