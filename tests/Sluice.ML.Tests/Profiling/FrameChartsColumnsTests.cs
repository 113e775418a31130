using Microsoft.Data.Analysis;

using Sluice.ML.Profiling;

namespace Sluice.ML.Tests.Profiling;

public sealed class FrameChartsColumnsTests
{
    [Fact]
    public void MissingValues_CountsNullsAndNaN_PerColumn()
    {
        var missing = FrameCharts.MissingValues(SampleTrips.Frame());

        missing.ShouldBe(
        [
            new ColumnCount("trip_distance", "double", 2, 20), new ColumnCount("PULocationID", "int", 0, 0),
            new ColumnCount("store_and_fwd_flag", "string", 2, 20), new ColumnCount("pickup", "datetime", 1, 10),
            new ColumnCount("fare", "double", 1, 10), new ColumnCount("paid", "bool", 1, 10),
        ]);
    }

    [Fact]
    public void UniqueValues_CountsDistinctPresentValues_PerColumn()
    {
        var unique = FrameCharts.UniqueValues(SampleTrips.Frame());

        unique.Select(c => (c.Column, c.Count)).ShouldBe(
            [("trip_distance", 8L), ("PULocationID", 3L), ("store_and_fwd_flag", 2L), ("pickup", 9L), ("fare", 9L), ("paid", 2L)]);
        unique[1].Percent.ShouldBe(30);
    }

    [Fact]
    public void SummaryStatistics_MatchPandasDescribe_ForNumericColumnsOnly()
    {
        var summary = FrameCharts.SummaryStatistics(SampleTrips.Frame());

        summary.Select(s => s.Column).ShouldBe(["trip_distance", "PULocationID", "fare"]);
        ShouldMatch(summary[0], 8, 7.925, 9.639465011829532, 0.5, 1.425, 2.85, 11.75, 25.5);
        ShouldMatch(summary[1], 10, 148.4, 93.12142610591829, 41, 74, 155, 236, 236);
        ShouldMatch(summary[2], 9, 22.38888888888889, 23.687784005919827, 3, 7.5, 10, 30, 70);
    }

    [Fact]
    public void SummaryStatistics_WithoutEnoughValues_LeaveFiguresNull()
    {
        var frame = new DataFrame(
            new DoubleDataFrameColumn("none", new double?[] { null, double.NaN }),
            new Int64DataFrameColumn("one", new long?[] { null, 7 }));

        var summary = FrameCharts.SummaryStatistics(frame);

        summary[0].ShouldBe(new ColumnSummary("none", "double", 0, null, null, null, null, null, null, null));
        summary[1].ShouldBe(new ColumnSummary("one", "long", 1, 7, null, 7, 7, 7, 7, 7));
    }

    [Fact]
    public void FeatureProfiles_DescribeEveryColumn_InItsOwnTerms()
    {
        var profiles = FrameCharts.FeatureProfiles(SampleTrips.Frame());

        profiles.ShouldBe(
        [
            new FeatureProfile("trip_distance", "double", 8, 2, 8, "0.5", "25.5", 7.925, 2.85, "0.5"),
            new FeatureProfile("PULocationID", "int", 10, 0, 3, "41", "236", 148.4, 155, "236"),
            new FeatureProfile("store_and_fwd_flag", "string", 8, 2, 2, "N", "Y", null, null, "N"),
            new FeatureProfile("pickup", "datetime", 9, 1, 9, "2024-01-01 00:10:00", "2024-02-01 00:00:00", null, null, "2024-01-01 00:10:00"),
            new FeatureProfile("fare", "double", 9, 1, 9, "3", "70", 22.38888888888889, 10, "3"),
            new FeatureProfile("paid", "bool", 9, 1, 2, "false", "true", null, null, "true"),
        ]);
    }

    [Fact]
    public void FeatureProfiles_ArrowStringsDecimalsAndEmptyColumns_AreProfiledToo()
    {
        var frame = new DataFrame(
            ArrowStrings.Column("zone", ["b", "a", null, "b"]),
            new DecimalDataFrameColumn("amount", new decimal?[] { 1.25m, null, 2.75m, 1.25m }),
            new StringDataFrameColumn("empty", [null, null, null, null]));

        var profiles = FrameCharts.FeatureProfiles(frame);

        profiles[0].ShouldBe(new FeatureProfile("zone", "string", 3, 1, 2, "a", "b", null, null, "b"));
        profiles[1].ShouldBe(new FeatureProfile("amount", "decimal", 3, 1, 2, "1.25", "2.75", 1.75, 1.25, "1.25"));
        profiles[2].ShouldBe(new FeatureProfile("empty", "string", 0, 4, 0, null, null, null, null, null));
    }

    [Fact]
    public void FeatureProfiles_ColumnsWithMoreDistinctValuesThanTheCountingCap_GiveTheSameKindOfFigures()
    {
        // 0..69999 once each, and 123 seven more times: 70007 values, 70000 distinct, sorted rank r > 130 holds r - 7.
        var numbers = Enumerable.Range(0, 70_000).Select(i => (double)i).Concat(Enumerable.Repeat(123d, 7)).Reverse().ToArray();
        var start = new DateTime(2024, 1, 1);
        var dates = numbers.Select(n => start.AddSeconds(n)).ToArray();
        var frame = new DataFrame(new DoubleDataFrameColumn("n", numbers), new DateTimeDataFrameColumn("at", dates));

        var profiles = FrameCharts.FeatureProfiles(frame);
        var summary = FrameCharts.SummaryStatistics(frame).ShouldHaveSingleItem();

        profiles[0].ShouldBe(new FeatureProfile("n", "double", 70_007, 0, 70_000, "0", "69999", (2_449_965_000d + 861) / 70_007, 34_996, "123"));
        profiles[1].ShouldBe(new FeatureProfile(
            "at", "datetime", 70_007, 0, 70_000, "2024-01-01 00:00:00", "2024-01-01 19:26:39", null, null, "2024-01-01 00:02:03"));
        (summary.Percentile25, summary.Percentile75).ShouldBe((17_494.5, 52_497.5));
    }

    private static void ShouldMatch(
        ColumnSummary summary, long count, double mean, double std, double min, double p25, double median, double p75, double max)
    {
        summary.Count.ShouldBe(count);
        new[] { summary.Mean, summary.Std, summary.Min, summary.Percentile25, summary.Median, summary.Percentile75, summary.Max }
            .Select(v => v!.Value)
            .ShouldBe([mean, std, min, p25, median, p75, max], tolerance: 1e-12);
    }
}
