using Microsoft.Data.Analysis;

using Sluice.ML.Profiling;

namespace Sluice.ML.Tests.Profiling;

public sealed class FrameChartsTimeSeriesTests
{
    [Fact]
    public void TimeSeries_ByDay_ListsEveryDayFromFirstToLast_WithEmptyDaysAsZero()
    {
        var series = FrameCharts.TimeSeries(SampleTrips.Frame(), "pickup", TimeBucket.Day);

        series.Points.Count.ShouldBe(32);
        series.GapsFilled.ShouldBeTrue();
        series.Points.Where(p => p.Count > 0).ShouldBe(
        [
            new TimePoint(new DateTime(2024, 1, 1), 4), new TimePoint(new DateTime(2024, 1, 2), 2),
            new TimePoint(new DateTime(2024, 1, 8), 1), new TimePoint(new DateTime(2024, 1, 31), 1),
            new TimePoint(new DateTime(2024, 2, 1), 1),
        ]);
        series.Points[2].ShouldBe(new TimePoint(new DateTime(2024, 1, 3), 0));
        (series.Counted, series.Missing, series.FilteredOut).ShouldBe((9L, 1L, 0L));
    }

    [Fact]
    public void TimeSeries_ByWeek_StartsWeeksOnMonday()
    {
        var series = FrameCharts.TimeSeries(SampleTrips.Frame(), "pickup", TimeBucket.Week);

        series.Points.ShouldBe(
        [
            new TimePoint(new DateTime(2024, 1, 1), 6), new TimePoint(new DateTime(2024, 1, 8), 1),
            new TimePoint(new DateTime(2024, 1, 15), 0), new TimePoint(new DateTime(2024, 1, 22), 0),
            new TimePoint(new DateTime(2024, 1, 29), 2),
        ]);
    }

    [Fact]
    public void TimeSeries_ByMonth_CountsPerCalendarMonth()
    {
        var series = FrameCharts.TimeSeries(SampleTrips.Frame(), "pickup", TimeBucket.Month);

        series.Points.ShouldBe([new TimePoint(new DateTime(2024, 1, 1), 8), new TimePoint(new DateTime(2024, 2, 1), 1)]);
    }

    [Fact]
    public void TimeSeries_ByHourWithFilter_CountsOnlyKeptRows()
    {
        var series = FrameCharts.TimeSeries(
            SampleTrips.Frame(), "pickup", TimeBucket.Hour, RowFilter.Parse("pickup < '2024-01-01 02:00'"));

        series.Points.ShouldBe([new TimePoint(new DateTime(2024, 1, 1, 0, 0, 0), 2), new TimePoint(new DateTime(2024, 1, 1, 1, 0, 0), 1)]);
        (series.Counted, series.Missing, series.FilteredOut).ShouldBe((3L, 0L, 7L));
    }

    [Theory]
    [InlineData(2009)]
    [InlineData(1)]
    public void TimeSeries_WhenAStrayDateMakesTooManyBuckets_ListsOnlyNonEmptyOnes(int strayYear)
    {
        var frame = new DataFrame(new DateTimeDataFrameColumn(
            "at", [new DateTime(strayYear, 1, 1, 5, 30, 0), new DateTime(2024, 1, 1, 12, 10, 0), new DateTime(2024, 1, 1, 12, 50, 0)]));

        var series = FrameCharts.TimeSeries(frame, "at", TimeBucket.Hour);

        series.GapsFilled.ShouldBeFalse();
        series.Points.ShouldBe([new TimePoint(new DateTime(strayYear, 1, 1, 5, 0, 0), 1), new TimePoint(new DateTime(2024, 1, 1, 12, 0, 0), 2)]);
    }

    [Fact]
    public void TimeSeries_NonDateColumn_SaysItNeedsADate()
    {
        var error = Should.Throw<ArgumentException>(() => FrameCharts.TimeSeries(SampleTrips.Frame(), "fare", TimeBucket.Day));

        error.Message.ShouldBe("time series needs a date column; 'fare' is double.");
    }

    [Theory]
    [InlineData("hour", TimeBucket.Hour)]
    [InlineData("Daily", TimeBucket.Day)]
    [InlineData(" WEEK ", TimeBucket.Week)]
    [InlineData("monthly", TimeBucket.Month)]
    public void Parse_ReadsBucketNames(string text, TimeBucket expected)
    {
        TimeBucket.Parse(text).ShouldBe(expected);
    }

    [Fact]
    public void Parse_UnknownBucket_ListsTheAcceptedOnes()
    {
        var error = Should.Throw<FormatException>(() => TimeBucket.Parse("fortnight"));

        error.Message.ShouldBe("'fortnight' is not a time bucket; use hour, day, week or month.");
    }
}
