using Microsoft.Data.Analysis;

using Sluice.ML.Data;

namespace Sluice.ML.Tests.Data;

public sealed class FramesFilterTests
{
    [Fact]
    public void Filter_KeepsMarkedRowsWithTheirNulls_InEveryColumn()
    {
        var at = new DateTime(2024, 2, 1, 10, 0, 0);
        var frame = new DataFrame(
            new Int32DataFrameColumn("n", new int?[] { 1, null, 3, 4 }),
            new StringDataFrameColumn("s", ["a", "b", null, "d"]),
            new DateTimeDataFrameColumn("t", new DateTime?[] { at, at, null, at }));

        var kept = Frames.Filter(frame, [true, true, true, false]);

        ColumnValues.Of(kept["n"]).ShouldBe([1, null, 3]);
        kept["n"].ShouldBeOfType<Int32DataFrameColumn>().NullCount.ShouldBe(1);
        ColumnValues.Of(kept["s"]).ShouldBe(["a", "b", null]);
        ColumnValues.Of(kept["t"]).ShouldBe([at, at, null]);
    }

    [Fact]
    public void Filter_WhenMaskLengthDiffers_SaysBothLengths()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("n", [1, 2]));

        var error = Should.Throw<ArgumentException>(() => Frames.Filter(frame, [true]));

        error.Message.ShouldContain("1 entries but the frame has 2 rows");
    }

    [Fact]
    public void Columns_RoundTripNullableValues_AndRejectTheWrongType()
    {
        var column = Columns.Create("d", new double?[] { 1.5, null, -2 });

        Columns.ToArray<double>(column).ShouldBe([1.5, null, -2]);
        column.ShouldBeOfType<DoubleDataFrameColumn>().NullCount.ShouldBe(1);
        Should.Throw<ArgumentException>(() => Columns.ToArray<int>(column)).Message.ShouldContain("'d' holds Double");
    }
}
