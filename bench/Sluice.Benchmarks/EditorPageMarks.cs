using Microsoft.Playwright;

namespace Sluice.Benchmarks;

/// <summary>
/// With SLUICE_BENCH_TRACE=1, each editor open prints where its time went, in ms since navigation: the HTML's first
/// and last byte (the server's render), DOMContentLoaded (the blocking scripts evaluated), the title, first Monaco
/// editor, first DAG node and link appearing, and the slow downloads.
/// </summary>
internal static class EditorPageMarks
{
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("SLUICE_BENCH_TRACE") == "1";

    private const string MarkScript = """
        (() => {
            const marks = window.__sluiceMarks = {};
            const mark = n => { if (!(n in marks)) marks[n] = Math.round(performance.now()); };
            document.addEventListener('DOMContentLoaded', () => mark('dcl'));
            window.addEventListener('load', () => mark('load'));
            new MutationObserver(() => {
                if (document.querySelector('[data-testid=pipeline-title]')) mark('title');
                if (document.querySelector('.monaco-editor')) mark('monaco1');
                if (document.querySelector('[data-testid=dag] .diagram-node')) mark('node1');
                if (document.querySelector('[data-testid=dag] .diagram-link path[d]')) mark('link1');
            }).observe(document, { subtree: true, childList: true, attributes: true });
        })();
        """;

    private const string ReportScript = """
        () => {
            const n = performance.getEntriesByType('navigation')[0];
            const slow = performance.getEntriesByType('resource').filter(r => r.duration > 30)
                .map(r => r.name.split('/').pop() + ' ' + Math.round(r.startTime) + '-' + Math.round(r.responseStart) + '-' + Math.round(r.responseEnd) + ' t' + r.transferSize);
            return 'html ' + Math.round(n.responseStart) + '-' + Math.round(n.responseEnd) + ' '
                + JSON.stringify(window.__sluiceMarks) + ' | ' + slow.join(', ');
        }
        """;

    public static Task StartAsync(IPage page) => Enabled ? page.AddInitScriptAsync(MarkScript) : Task.CompletedTask;

    public static async Task PrintAsync(IPage page, string pipeline, TimeSpan elapsed)
    {
        if (Enabled)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"  {pipeline} {elapsed.TotalMilliseconds:0} ms: {await page.EvaluateAsync<string>(ReportScript)}"));
        }
    }
}
