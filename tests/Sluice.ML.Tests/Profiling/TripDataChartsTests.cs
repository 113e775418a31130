using Sluice.ML.Data;
using Sluice.ML.Profiling;
using Sluice.ML.Tests.Data;

namespace Sluice.ML.Tests.Profiling;

public sealed class TripDataChartsTests
{
    [Fact]
    public void Histogram_JanuaryTripDistanceUpTo20_CountsExactlyTheRowsAPlainLoopKeeps()
    {
        var frame = Frames.ReadParquet(NycTlcData.January2024, ["trip_distance", "PULocationID"]);
        var distances = Columns.ToArray<double>(frame["trip_distance"]);
        var kept = distances.Where(d => d is <= 20).Select(d => d!.Value).ToArray();

        var histogram = FrameCharts.Histogram(frame, "trip_distance", 20, RowFilter.Parse("trip_distance <= 20"));

        kept.Length.ShouldBeGreaterThan(50_000);
        histogram.Bins.Count.ShouldBe(20);
        histogram.Bins.Sum(bin => bin.Count).ShouldBe(kept.Length);
        histogram.Counted.ShouldBe(kept.Length);
        histogram.FilteredOut.ShouldBe(distances.Length - kept.Length);
        histogram.Bins[0].Start.ShouldBe(kept.Min());
        histogram.Bins[^1].End.ShouldBe(kept.Max());
        for (var k = 0; k < 20; k++)
        {
            var bin = histogram.Bins[k];
            bin.Count.ShouldBe(kept.LongCount(d => d >= bin.Start && (d < bin.End || (k == 19 && d == bin.End))), $"bin {k}");
        }
    }
}
