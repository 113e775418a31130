using System.Diagnostics;

namespace Sluice.Benchmarks;

/// <summary>Times an action: warm-up rounds first, then the median of the measured rounds.</summary>
internal static class Measure
{
    public static async Task<TimeSpan> MedianAsync(int warmup, int rounds, Func<Task> action)
    {
        for (var i = 0; i < warmup; i++)
        {
            await action();
        }

        var times = new List<TimeSpan>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>
    /// Runs <paramref name="round"/> (given its number) <paramref name="warmup"/> times, then <paramref name="rounds"/>
    /// times after a full collection each, and returns the median of the times the measured rounds report themselves:
    /// for a round that must exclude its own set-up (typing an edit before the click).
    /// </summary>
    public static async Task<TimeSpan> MedianOfReportedAsync(int warmup, int rounds, Func<int, Task<TimeSpan>> round)
    {
        for (var i = 0; i < warmup; i++)
        {
            await round(i);
        }

        var times = new List<TimeSpan>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            times.Add(await round(warmup + i));
        }

        times.Sort();
        return times[times.Count / 2];
    }

    public static Task<TimeSpan> MedianAsync(int warmup, int rounds, Action action) =>
        MedianAsync(warmup, rounds, () =>
        {
            action();
            return Task.CompletedTask;
        });
}
