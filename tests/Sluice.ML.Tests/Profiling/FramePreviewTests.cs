using Microsoft.Data.Analysis;

using Sluice.ML.Profiling;

namespace Sluice.ML.Tests.Profiling;

public sealed class FramePreviewTests
{
    [Fact]
    public void Page_FormatsCellsInvariantly_AndKeepsNullsNull()
    {
        var page = FramePreview.Page(SampleTrips.Frame(), offset: 6, limit: 3);

        page.Columns.ShouldBe(
        [
            new PageColumn("trip_distance", "double"), new PageColumn("PULocationID", "int"),
            new PageColumn("store_and_fwd_flag", "string"), new PageColumn("pickup", "datetime"),
            new PageColumn("fare", "double"), new PageColumn("paid", "bool"),
        ]);
        (page.TotalRows, page.Offset).ShouldBe((10L, 6L));
        page.Rows.Count.ShouldBe(3);
        page.Rows[0].ShouldBe(["25.5", "74", "N", null, "70", "false"]);
        page.Rows[1].ShouldBe(["NaN", "41", "N", "2024-01-08 12:00:00", "3", "true"]);
        page.Rows[2].ShouldBe(["1.5", "236", null, "2024-01-31 23:00:00", "9", "true"]);
    }

    [Fact]
    public void Page_WritesDoublesInTheirShortestRoundTripForm()
    {
        var frame = new DataFrame(new DoubleDataFrameColumn("x", [0.1 + 0.2, 1e21, -0.0, 1.0 / 3]));

        var page = FramePreview.Page(frame, 0, 10);

        page.Rows.Select(row => row[0]).ShouldBe(["0.30000000000000004", "1E+21", "-0", "0.3333333333333333"]);
    }

    [Fact]
    public void Page_AtTheEnd_ReturnsTheLastRows_AndPastTheEnd_None()
    {
        var frame = SampleTrips.Frame();

        FramePreview.Page(frame, 8, 5).Rows.Count.ShouldBe(2);
        FramePreview.Page(frame, 10, 5).Rows.ShouldBeEmpty();
        FramePreview.Page(frame, 1000, 5).Rows.ShouldBeEmpty();
        FramePreview.Page(frame, 1000, 5).TotalRows.ShouldBe(10);
    }

    [Fact]
    public void Page_ClampsTheLimitTo1Through1000()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", Enumerable.Range(0, 1500)));

        FramePreview.Page(frame, 0, 0).Rows.ShouldHaveSingleItem().ShouldBe(["0"]);
        FramePreview.Page(frame, 0, -5).Rows.Count.ShouldBe(1);
        FramePreview.Page(frame, 100, 5000).Rows.Count.ShouldBe(1000);
        FramePreview.Page(frame, 100, 5000).Rows[^1].ShouldBe(["1099"]);
    }

    [Fact]
    public void Page_NegativeOffset_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => FramePreview.Page(SampleTrips.Frame(), -1, 10));
    }
}
