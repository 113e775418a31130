using System.Globalization;

using Sluice.ML.Profiling;

namespace Sluice.Benchmarks;

/// <summary>
/// (e) The editor's charts over a 1M-row output. <c>charts</c>: a 20-bucket histogram of a double column with 1% nulls,
/// read from the frame, against a plain min/max-then-bin loop over a double[] without nulls (target: at most 3x,
/// which is "a few ms": the loop takes ~2 ms). <c>charts-profiles</c>: feature profiles of the whole frame (an int, a
/// double with nulls, a date and a string column), against sorting a copy of the double[] once, the least work one
/// median needs (target: all four columns in at most 4x that).
/// </summary>
internal sealed class ChartsScenario(bool profiles) : IScenario
{
    private const int Rows = 1_000_000;
    private const int Buckets = 20;

    public async Task<ScenarioResult> RunAsync()
    {
        var (frame, distances) = Build();
        if (profiles)
        {
            var sluice = await Measure.MedianAsync(1, 7, () => Check(FrameCharts.FeatureProfiles(frame).Count == 4));
            var baseline = await Measure.MedianAsync(1, 7, () =>
            {
                var copy = distances.ToArray();
                Array.Sort(copy);
                Check(copy[0] <= copy[^1]);
            });
            return Result("(e') feature profiles of a 1M-row frame", sluice, baseline, "<= 4x one sort", sluice / baseline <= 4);
        }

        var histogram = await Measure.MedianAsync(40, 21, () =>
            Check(FrameCharts.Histogram(frame, "trip_distance", Buckets).Counted > 0));
        var loop = await Measure.MedianAsync(40, 21, () => Check(PlainHistogram(distances)[0] >= 0));
        return Result("(e) 20-bucket histogram of a 1M-row column", histogram, loop, "<= 3x plain loop", histogram / loop <= 3);
    }

    private static ScenarioResult Result(string name, TimeSpan sluice, TimeSpan baseline, string target, bool met) => new(
        name,
        sluice,
        baseline,
        string.Create(CultureInfo.InvariantCulture, $"{sluice.TotalMilliseconds:0.0} ms ({sluice / baseline:0.0}x baseline)"),
        target,
        met);

    // The baseline: what anyone would write given the values already in a plain array without nulls.
    private static long[] PlainHistogram(double[] values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var value in values)
        {
            if (value < min)
            {
                min = value;
            }

            if (value > max)
            {
                max = value;
            }
        }

        var counts = new long[Buckets];
        var scale = Buckets / (max - min);
        foreach (var value in values)
        {
            counts[Math.Min((int)((value - min) * scale), Buckets - 1)]++;
        }

        return counts;
    }

    private static void Check(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The charts scenario computed nothing.");
        }
    }

    // Shaped like the course's trips; one distance in a hundred is null, as a real column has gaps.
    private static (DataFrame Frame, double[] Distances) Build()
    {
        var random = new Random(11);
        var ids = new int[Rows];
        var distances = new double[Rows];
        var nullable = new double?[Rows];
        var pickups = new DateTime[Rows];
        var pairs = new string[Rows];
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < Rows; i++)
        {
            ids[i] = random.Next(1, 266);
            distances[i] = Math.Round(random.NextDouble() * 20, 2);
            nullable[i] = i % 100 == 0 ? null : distances[i];
            pickups[i] = start.AddSeconds(random.Next(0, 60 * 24 * 3600));
            pairs[i] = string.Create(CultureInfo.InvariantCulture, $"{ids[i]}_{random.Next(1, 266)}");
        }

        var frame = new DataFrame(
            Sluice.ML.Data.Columns.Create("PULocationID", ids),
            Sluice.ML.Data.Columns.Create("trip_distance", nullable),
            Sluice.ML.Data.Columns.Create("lpep_pickup_datetime", pickups),
            new StringDataFrameColumn("PU_DO", pairs));
        return (frame, distances);
    }
}
