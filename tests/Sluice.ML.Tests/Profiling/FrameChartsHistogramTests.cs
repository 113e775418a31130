using Microsoft.Data.Analysis;

using Sluice.ML.Profiling;

namespace Sluice.ML.Tests.Profiling;

public sealed class FrameChartsHistogramTests
{
    [Fact]
    public void Histogram_SplitsTheRangeIntoEqualBins_AndLeavesOutNullAndNaN()
    {
        var histogram = FrameCharts.Histogram(SampleTrips.Frame(), "trip_distance", 5);

        histogram.Bins.ShouldBe(
        [
            new HistogramBin(0.5, 5.5, 5), new HistogramBin(5.5, 10.5, 1), new HistogramBin(10.5, 15.5, 0),
            new HistogramBin(15.5, 20.5, 1), new HistogramBin(20.5, 25.5, 1),
        ]);
        (histogram.Counted, histogram.Missing, histogram.FilteredOut, histogram.LeftOut).ShouldBe((8L, 2L, 0L, 2L));
        histogram.ColumnType.ShouldBe("double");
        histogram.IsDateTime.ShouldBeFalse();
    }

    [Fact]
    public void Histogram_WithFilter_BinsOnlyTheKeptRows_BetweenTheirMinAndMax()
    {
        var histogram = FrameCharts.Histogram(SampleTrips.Frame(), "trip_distance", 5, RowFilter.Parse("trip_distance <= 20"));

        histogram.Bins.Select(bin => bin.Count).ShouldBe([5L, 0L, 1L, 0L, 1L]);
        histogram.Bins.Select(bin => bin.Start).ShouldBe([0.5, 4.4, 8.3, 12.2, 16.1], tolerance: 1e-12);
        histogram.Bins[^1].End.ShouldBe(20.0);
        (histogram.Counted, histogram.Missing, histogram.FilteredOut).ShouldBe((7L, 0L, 3L));
    }

    [Fact]
    public void Histogram_FilterOnAnotherColumn_CountsTheKeptNullsAsMissing()
    {
        var histogram = FrameCharts.Histogram(SampleTrips.Frame(), "trip_distance", 2, RowFilter.Parse("PULocationID == 236"));

        histogram.Bins.ShouldBe([new HistogramBin(0.5, 10.25, 3), new HistogramBin(10.25, 20.0, 1)]);
        (histogram.Counted, histogram.Missing, histogram.FilteredOut).ShouldBe((4L, 1L, 5L));
    }

    [Fact]
    public void Histogram_IntColumn_BinsAsNumbers()
    {
        var histogram = FrameCharts.Histogram(SampleTrips.Frame(), "PULocationID", 3);

        histogram.Bins.ShouldBe([new HistogramBin(41, 106, 5), new HistogramBin(106, 171, 0), new HistogramBin(171, 236, 5)]);
        histogram.ColumnType.ShouldBe("int");
    }

    public static TheoryData<DataFrameColumn> EveryNumberType() =>
    [
        new ByteDataFrameColumn("v", new byte[] { 1, 2, 3, 4 }),
        new SByteDataFrameColumn("v", new sbyte[] { 1, 2, 3, 4 }),
        new Int16DataFrameColumn("v", new short[] { 1, 2, 3, 4 }),
        new UInt16DataFrameColumn("v", new ushort[] { 1, 2, 3, 4 }),
        new UInt32DataFrameColumn("v", new uint[] { 1, 2, 3, 4 }),
        new Int64DataFrameColumn("v", new long[] { 1, 2, 3, 4 }),
        new UInt64DataFrameColumn("v", new ulong[] { 1, 2, 3, 4 }),
        new SingleDataFrameColumn("v", new float[] { 1, 2, 3, 4 }),
        new DecimalDataFrameColumn("v", new decimal[] { 1, 2, 3, 4 }),
    ];

    [Theory]
    [MemberData(nameof(EveryNumberType))]
    public void Histogram_AnyNumberType_GivesTheSameBins(DataFrameColumn column)
    {
        var histogram = FrameCharts.Histogram(new DataFrame(column), "v", 3);

        histogram.Bins.ShouldBe([new HistogramBin(1, 2, 1), new HistogramBin(2, 3, 1), new HistogramBin(3, 4, 2)]);
    }

    [Fact]
    public void Histogram_WhenAllValuesAreEqual_WidensTheRangeByHalfAsNumpyDoes()
    {
        var frame = new DataFrame(new DoubleDataFrameColumn("x", [5.0, 5.0, 5.0]));

        var histogram = FrameCharts.Histogram(frame, "x", 3);

        histogram.Bins.Select(bin => bin.Count).ShouldBe([0L, 3L, 0L]);
        histogram.Bins[0].Start.ShouldBe(4.5);
        histogram.Bins[^1].End.ShouldBe(5.5);
    }

    [Fact]
    public void Histogram_NullsScatteredOverManyRows_AreLeftOutWithoutDisturbingTheOthers()
    {
        // 1003 rows (not a multiple of 8): every 7th is null, every 11th is NaN; the rest are 0..9 by row % 10.
        var values = Enumerable.Range(0, 1003)
            .Select(i => i % 7 == 0 ? (double?)null : i % 11 == 0 ? double.NaN : i % 10)
            .ToArray();
        var frame = new DataFrame(new DoubleDataFrameColumn("x", values));
        var present = values.Where(v => v is { } x && !double.IsNaN(x)).Select(v => v!.Value).ToArray();

        var histogram = FrameCharts.Histogram(frame, "x", 2);

        histogram.Bins.Select(bin => bin.Count).ShouldBe([present.LongCount(v => v < 4.5), present.LongCount(v => v >= 4.5)]);
        histogram.Missing.ShouldBe(values.Length - present.Length);
    }

    [Fact]
    public void Histogram_InfiniteValues_CountAsMissing()
    {
        var frame = new DataFrame(new DoubleDataFrameColumn("x", [1.0, double.PositiveInfinity, 3.0, double.NegativeInfinity]));

        var histogram = FrameCharts.Histogram(frame, "x", 2);

        histogram.Bins.ShouldBe([new HistogramBin(1, 2, 1), new HistogramBin(2, 3, 1)]);
        histogram.Missing.ShouldBe(2);
    }

    [Fact]
    public void Histogram_WhenTheFilterKeepsNothing_HasNoBins()
    {
        var histogram = FrameCharts.Histogram(SampleTrips.Frame(), "fare", 4, RowFilter.Parse("fare > 1000"));

        histogram.Bins.ShouldBeEmpty();
        (histogram.Counted, histogram.FilteredOut).ShouldBe((0L, 10L));
    }

    [Fact]
    public void Histogram_DateColumn_BinsByTime_WithEdgesInUnixMilliseconds()
    {
        var days = new[] { 1, 2, 3, 5 }.Select(day => new DateTime(2024, 1, day)).ToArray();
        var frame = new DataFrame(new DateTimeDataFrameColumn("at", days));

        var histogram = FrameCharts.Histogram(frame, "at", 4);

        histogram.IsDateTime.ShouldBeTrue();
        histogram.Bins.Select(bin => bin.Count).ShouldBe([1L, 1L, 1L, 1L]);
        histogram.Bins[0].Start.ShouldBe(1704067200000d);
        histogram.Bins.Select(bin => Histogram.ToDateTime(bin.Start)).ShouldBe(days[..3].Append(new DateTime(2024, 1, 4)));
        Histogram.ToDateTime(histogram.Bins[^1].End).ShouldBe(days[^1]);
    }

    [Fact]
    public void Histogram_WhenAllDatesAreEqual_WidensByHalfASecond_AndCountsThemInTheMiddle()
    {
        var at = new DateTime(2024, 1, 1, 12, 0, 0);
        var frame = new DataFrame(new DateTimeDataFrameColumn("at", [at, at]));

        var histogram = FrameCharts.Histogram(frame, "at", 3);

        histogram.Bins.Select(bin => bin.Count).ShouldBe([0L, 2L, 0L]);
        Histogram.ToDateTime(histogram.Bins[0].Start).ShouldBe(at.AddMilliseconds(-500));
        Histogram.ToDateTime(histogram.Bins[^1].End).ShouldBe(at.AddMilliseconds(500));
    }

    [Theory]
    [InlineData(1e12, 1e12 + 0.001, 7)]
    [InlineData(-3.3, 1e-9, 13)]
    [InlineData(0, 1000, 1000)]
    public void Histogram_AnyRange_PutsEveryValueInTheBinItsEdgesSay(double from, double to, int buckets)
    {
        var values = Enumerable.Range(0, 5000).Select(i => from + ((to - from) * i / 4999)).ToArray();
        var histogram = FrameCharts.Histogram(new DataFrame(new DoubleDataFrameColumn("x", values)), "x", buckets);

        for (var k = 0; k < histogram.Bins.Count; k++)
        {
            var bin = histogram.Bins[k];
            var last = k == histogram.Bins.Count - 1;
            bin.Count.ShouldBe(values.LongCount(v => v >= bin.Start && (v < bin.End || (last && v == bin.End))), $"bin {k}");
        }
    }

    [Fact]
    public void Histogram_EveryValueLandsInTheBinItsEdgesSay()
    {
        var random = new Random(3);
        var values = Enumerable.Range(0, 20_000).Select(_ => Math.Round(random.NextDouble() * 7.3, 2) - 1.1).ToArray();
        var frame = new DataFrame(new DoubleDataFrameColumn("x", values));

        var histogram = FrameCharts.Histogram(frame, "x", 7);

        for (var k = 0; k < histogram.Bins.Count; k++)
        {
            var bin = histogram.Bins[k];
            var last = k == histogram.Bins.Count - 1;
            bin.Count.ShouldBe(values.LongCount(v => v >= bin.Start && (v < bin.End || (last && v == bin.End))), $"bin {k}");
        }
    }

    [Fact]
    public void Histogram_TextColumn_SaysWhichTypesItNeeds()
    {
        var error = Should.Throw<ArgumentException>(() => FrameCharts.Histogram(SampleTrips.Frame(), "store_and_fwd_flag", 10));

        error.Message.ShouldBe("histogram needs a numeric or date column; 'store_and_fwd_flag' is string.");
    }

    [Fact]
    public void Histogram_UnknownColumn_ListsTheFrameColumns()
    {
        var error = Should.Throw<ArgumentException>(() => FrameCharts.Histogram(SampleTrips.Frame(), "PU_DO", 10));

        error.Message.ShouldBe(
            "The frame has no column 'PU_DO'. Its columns are: trip_distance, PULocationID, store_and_fwd_flag, pickup, fare, paid.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Histogram_BucketsOutOfRange_Throw(int buckets)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => FrameCharts.Histogram(SampleTrips.Frame(), "fare", buckets));
    }
}
