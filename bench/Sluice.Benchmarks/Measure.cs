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
            times.Add(await TimeAsync(action));
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

    /// <summary>
    /// Times two actions in alternating rounds (a, b, b, a, ...), each after a full collection, and returns the median of
    /// each. Scenarios that write many megabytes compare better this way: the machine's state (the disk's write-back of
    /// a previous scenario's files, other load) changes within seconds, and timing one side's rounds all before the
    /// other's hands that change to one side alone.
    /// </summary>
    public static async Task<(TimeSpan First, TimeSpan Second)> AlternatingMediansAsync(
        int warmup, int rounds, Func<Task> first, Func<Task> second)
    {
        for (var i = 0; i < warmup; i++)
        {
            await first();
            await second();
        }

        var firstTimes = new List<TimeSpan>(rounds);
        var secondTimes = new List<TimeSpan>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            var (one, other, oneTimes, otherTimes) = i % 2 == 0
                ? (first, second, firstTimes, secondTimes)
                : (second, first, secondTimes, firstTimes);
            oneTimes.Add(await TimeAsync(one));
            otherTimes.Add(await TimeAsync(other));
        }

        firstTimes.Sort();
        secondTimes.Sort();
        return (firstTimes[rounds / 2], secondTimes[rounds / 2]);
    }

    public static Task<TimeSpan> MedianAsync(int warmup, int rounds, Action action) =>
        MedianAsync(warmup, rounds, () =>
        {
            action();
            return Task.CompletedTask;
        });

    private static async Task<TimeSpan> TimeAsync(Func<Task> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed;
    }
}
