using Microsoft.Data.Analysis;

using Sluice.ML.Data;

namespace Sluice.ML.Tests.Data;

public sealed class FramesConcatTests
{
    [Fact]
    public void Concat_TwoCourseMonths_KeepsEveryRowInOrder()
    {
        string[] columns = ["lpep_pickup_datetime", "PULocationID", "trip_distance", "store_and_fwd_flag", "passenger_count"];
        var january = Frames.ReadParquet(NycTlcData.January2024, columns);
        var february = Frames.ReadParquet(NycTlcData.February2024, columns);

        var both = Frames.Concat([january, february]);

        both.Rows.Count.ShouldBe(january.Rows.Count + february.Rows.Count);
        both.Columns.Select(column => column.Name).ShouldBe(columns);
        foreach (var name in columns)
        {
            both[name].NullCount.ShouldBe(january[name].NullCount + february[name].NullCount);
            both[name][0].ShouldBe(january[name][0]);
            both[name][january.Rows.Count].ShouldBe(february[name][0]);
            both[name][both.Rows.Count - 1].ShouldBe(february[name][february.Rows.Count - 1]);
        }

        both["PULocationID"].ShouldBeOfType<Int32DataFrameColumn>();
        both["store_and_fwd_flag"].ShouldBeOfType<StringDataFrameColumn>();
    }

    [Fact]
    public void Concat_KeepsNullsAtTheirRows_AndMatchesColumnsByName()
    {
        var first = new DataFrame(
            new Int32DataFrameColumn("n", new int?[] { 1, null, 3 }),
            new StringDataFrameColumn("s", ["a", "b", null]));
        var second = new DataFrame(
            new StringDataFrameColumn("s", ["c", null]),
            new Int32DataFrameColumn("n", new int?[] { null, 5 }));

        var both = Frames.Concat([first, second]);

        ColumnValues.Of(both["n"]).ShouldBe([1, null, 3, null, 5]);
        both["n"].NullCount.ShouldBe(2);
        ColumnValues.Of(both["s"]).ShouldBe(["a", "b", null, "c", null]);
    }

    [Fact]
    public void Concat_WhenAColumnIsMissing_NamesIt()
    {
        var first = new DataFrame(new Int32DataFrameColumn("n", [1]), new DoubleDataFrameColumn("x", [1.0]));
        var second = new DataFrame(new Int32DataFrameColumn("n", [2]));

        var error = Should.Throw<ArgumentException>(() => Frames.Concat([first, second]));

        error.Message.ShouldContain("missing [x]");
    }

    [Fact]
    public void Concat_WhenTypesDiffer_NamesTheColumnAndBothTypes()
    {
        var first = new DataFrame(new Int32DataFrameColumn("n", [1]));
        var second = new DataFrame(new Int64DataFrameColumn("n", [2L]));

        var error = Should.Throw<ArgumentException>(() => Frames.Concat([first, second]));

        error.Message.ShouldContain("Column 'n' is Int32 in frame 0 but Int64 in frame 1");
    }

    [Fact]
    public void Concat_WhenNoFrames_Throws()
    {
        Should.Throw<ArgumentException>(() => Frames.Concat([]));
    }
}
