using System.Text.Json;

using Microsoft.Playwright;

namespace Sluice.Benchmarks;

/// <summary>
/// A Chromium performance trace of one page over the DevTools protocol, written as a JSON array of trace events
/// (open it in chrome://tracing or Perfetto): where a slow editor open spends the browser's time.
/// </summary>
internal sealed class ChromeTrace
{
    private static readonly string[] Categories =
        ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8", "blink.user_timing"];

    private readonly ICDPSession _session;
    private readonly string _path;
    private readonly List<JsonElement> _events = [];
    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChromeTrace(ICDPSession session, string path)
    {
        _session = session;
        _path = path;
        session.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            if (data?.TryGetProperty("value", out var value) == true)
            {
                lock (_events)
                {
                    _events.AddRange(value.EnumerateArray().Select(e => e.Clone()));
                }
            }
        };
        session.Event("Tracing.tracingComplete").OnEvent += (_, _) => _complete.TrySetResult();
    }

    public static async Task<ChromeTrace> StartAsync(IPage page, string path)
    {
        var trace = new ChromeTrace(await page.Context.NewCDPSessionAsync(page), path);
        await trace._session.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object>
            {
                ["includedCategories"] = Categories,
            },
        });
        return trace;
    }

    public async Task StopAsync()
    {
        await _session.SendAsync("Tracing.end");
        await _complete.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await _session.DetachAsync();
        lock (_events)
        {
            File.WriteAllText(_path, JsonSerializer.Serialize(_events));
        }

        Console.WriteLine($"  trace: {_path}");
    }
}
