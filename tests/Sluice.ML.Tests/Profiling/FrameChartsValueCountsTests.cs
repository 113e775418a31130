using Microsoft.Data.Analysis;

using Sluice.ML.Profiling;

namespace Sluice.ML.Tests.Profiling;

public sealed class FrameChartsValueCountsTests
{
    [Fact]
    public void ValueCounts_ReturnsTheTopValues_WithTotalsForOther()
    {
        var counts = FrameCharts.ValueCounts(SampleTrips.Frame(), "PULocationID", 2);

        counts.Top.ShouldBe([new ValueCount("236", 5), new ValueCount("74", 3)]);
        (counts.Total, counts.Distinct).ShouldBe((10L, 3L));
    }

    [Fact]
    public void ValueCounts_CountsNullsAsOneEntry_AfterTheValuesItTiesWith()
    {
        var counts = FrameCharts.ValueCounts(SampleTrips.Frame(), "store_and_fwd_flag", 10);

        counts.Top.ShouldBe([new ValueCount("N", 6), new ValueCount("Y", 2), new ValueCount("(null)", 2, IsNull: true)]);
        (counts.Total, counts.Distinct).ShouldBe((10L, 3L));
        FrameCharts.ValueCounts(SampleTrips.Frame(), "store_and_fwd_flag", 2).Top.Select(c => c.Value).ShouldBe(["N", "Y"]);
    }

    [Fact]
    public void ValueCounts_WithFilter_BreaksTiesByNumericValue_AndCountsNaNAsNull()
    {
        var counts = FrameCharts.ValueCounts(SampleTrips.Frame(), "trip_distance", 4, RowFilter.Parse("PULocationID != 74"));

        counts.Top.Select(c => c.Value).ShouldBe(["(null)", "0.5", "1.2", "1.5"]);
        counts.Top[0].ShouldBe(new ValueCount("(null)", 2, IsNull: true));
        (counts.Total, counts.Distinct).ShouldBe((7L, 6L));
    }

    [Fact]
    public void ValueCounts_OrdersTiedNumbersNumerically_NotAsText()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", [10, 9, 100]));

        FrameCharts.ValueCounts(frame, "n", 3).Top.Select(c => c.Value).ShouldBe(["9", "10", "100"]);
    }

    [Fact]
    public void ValueCounts_FormatsDatesAndBools_AsTheTableDoes()
    {
        var frame = SampleTrips.Frame();

        FrameCharts.ValueCounts(frame, "paid", 5).Top.ShouldBe(
            [new ValueCount("true", 6), new ValueCount("false", 3), new ValueCount("(null)", 1, true)]);
        FrameCharts.ValueCounts(frame, "pickup", 1).Top.ShouldBe([new ValueCount("2024-01-01 00:10:00", 1)]);
    }

    [Fact]
    public void ValueCounts_ArrowStringColumn_CountsLikeAStringColumn()
    {
        var frame = new DataFrame(ArrowStrings.Column("flag", ["N", null, "Y", "N", "é"]));

        var counts = FrameCharts.ValueCounts(frame, "flag", 10, RowFilter.Parse("flag != 'Y' or flag is null"));

        counts.Top.ShouldBe([new ValueCount("N", 2), new ValueCount("é", 1), new ValueCount("(null)", 1, true)]);
        (counts.Total, counts.Distinct).ShouldBe((4L, 3L));
    }

    [Fact]
    public void ValueCounts_ManyDistinctValues_KeepsTheMostFrequentInOrder()
    {
        var values = Enumerable.Range(0, 5000).SelectMany(i => Enumerable.Repeat(i % 1000, 1 + (i % 7))).ToArray();
        var frame = new DataFrame(new Int32DataFrameColumn("n", values));
        var expected = values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(25)
            .Select(g => new ValueCount(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Count()));

        FrameCharts.ValueCounts(frame, "n", 25).Top.ShouldBe(expected);
    }

    [Fact]
    public void ValueCounts_LimitBelowOne_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => FrameCharts.ValueCounts(SampleTrips.Frame(), "fare", 0));
    }
}
