using System.Globalization;

namespace Sluice.Benchmarks;

/// <summary>
/// (f) Opening the browser editor of a 50-block pipeline, served by the real server to Debian's Chromium: from
/// navigating to the page to every block's Monaco editor present and the DAG drawn (50 nodes, every link). The
/// pipeline ran once before, so each block also shows its stored output, as when a user comes back to it. Warm: the
/// first open (Razor, JIT, Monaco's download) is warm-up. Baseline: the same for a pipeline of one of those blocks.
/// Target: under 1 s.
/// </summary>
internal sealed class EditorOpenScenario : IScenario
{
    private const int Warmup = 2;
    private const int Rounds = 11;

    public async Task<ScenarioResult> RunAsync()
    {
        await using var host = await EditorHost.StartAsync(EditorProject.Write());
        await host.RunPipelineAsync(EditorProject.Wide);
        await host.RunPipelineAsync(EditorProject.Single);

        var first = await OpenAsync(host, EditorProject.Wide, EditorProject.Blocks, EditorProject.Edges);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first open of the 50-block editor (cold): {first.TotalMilliseconds:0} ms"));
        var wide = await Measure.MedianOfReportedAsync(
            Warmup, Rounds, _ => OpenAsync(host, EditorProject.Wide, EditorProject.Blocks, EditorProject.Edges));
        var single = await Measure.MedianOfReportedAsync(Warmup, Rounds, _ => OpenAsync(host, EditorProject.Single, 1, 0));
        return new ScenarioResult(
            "(f) open the editor of 50 blocks (warm)",
            wide,
            single,
            string.Create(CultureInfo.InvariantCulture, $"{wide.TotalMilliseconds:0} ms to usable"),
            "< 1 s",
            wide < TimeSpan.FromSeconds(1));
    }

    private static async Task<TimeSpan> OpenAsync(EditorHost host, string pipeline, int blocks, int links)
    {
        var (page, elapsed) = await EditorPage.OpenAsync(host, pipeline, blocks, links);
        await page.CloseAsync();
        return elapsed;
    }
}
