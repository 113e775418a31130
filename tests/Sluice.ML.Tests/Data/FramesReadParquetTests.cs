using Microsoft.Data.Analysis;

using ParquetSharp;

using Sluice.ML.Data;

namespace Sluice.ML.Tests.Data;

public sealed class FramesReadParquetTests
{
    private static readonly string[] CourseColumns =
        ["lpep_pickup_datetime", "lpep_dropoff_datetime", "PULocationID", "DOLocationID", "trip_distance"];

    [Fact]
    public void ReadParquet_FirstJanuaryRow_HasTheCourseValuesExactly()
    {
        var frame = Frames.ReadParquet(NycTlcData.January2024, CourseColumns);

        var pickup = (DateTime)frame["lpep_pickup_datetime"][0]!;
        pickup.ShouldBe(new DateTime(2024, 1, 1, 0, 46, 55));
        pickup.Kind.ShouldBe(DateTimeKind.Unspecified);
        frame["PULocationID"][0].ShouldBe(236);
        frame["DOLocationID"][0].ShouldBe(239);
        frame["trip_distance"][0].ShouldBe(1.98);
    }

    [Fact]
    public void ReadParquet_WithColumns_ReturnsThoseColumnsInTheGivenOrder()
    {
        var frame = Frames.ReadParquet(NycTlcData.January2024, ["trip_distance", "PULocationID"]);

        frame.Columns.Select(column => column.Name).ShouldBe(["trip_distance", "PULocationID"]);
        frame.Columns["trip_distance"].ShouldBeOfType<DoubleDataFrameColumn>();
        frame.Columns["PULocationID"].ShouldBeOfType<Int32DataFrameColumn>();
        frame.Rows.Count.ShouldBe(56551);
    }

    [Fact]
    public void ReadParquet_WithoutColumns_ReadsEveryColumnWithItsNulls()
    {
        var frame = Frames.ReadParquet(NycTlcData.January2024);

        frame.Columns.Count.ShouldBe(20);
        frame.Columns["store_and_fwd_flag"].ShouldBeOfType<StringDataFrameColumn>();
        frame.Columns["lpep_dropoff_datetime"].ShouldBeOfType<DateTimeDataFrameColumn>();
        frame.Columns["RatecodeID"].ShouldBeOfType<Int64DataFrameColumn>();
        frame.Columns["ehail_fee"].NullCount.ShouldBe(56551);
        frame.Columns["trip_distance"].NullCount.ShouldBe(0);
    }

    [Fact]
    public void ReadParquet_WhenFileIsMissing_ThrowsFileNotFoundNamingThePath()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "nope.parquet");

        var error = Should.Throw<FileNotFoundException>(() => Frames.ReadParquet(path));

        error.FileName.ShouldBe(path);
        error.Message.ShouldContain(path);
    }

    [Fact]
    public void ReadParquet_WhenColumnIsUnknown_NamesItAndListsTheFileColumns()
    {
        var error = Should.Throw<ArgumentException>(
            () => Frames.ReadParquet(NycTlcData.January2024, ["trip_distance", "tip"]));

        error.Message.ShouldContain("'tip'");
        error.Message.ShouldContain("lpep_pickup_datetime, lpep_dropoff_datetime");
    }

    [Fact]
    public void ReadParquet_RequiredAndOptionalColumnsOverRowGroups_RoundTripExactly()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "kinds.parquet");
        var millis = new DateTime(2023, 5, 6, 7, 8, 9, 123);
        var micros = new DateTime(2024, 2, 29, 23, 59, 59).AddTicks(1234560);
        WriteKinds(path, millis, micros);

        var frame = Frames.ReadParquet(path);

        frame.Rows.Count.ShouldBe(4);
        frame["id"].ShouldBeOfType<Int32DataFrameColumn>().ShouldBe(new int?[] { 1, 2, 3, 4 });
        ColumnValues.Of(frame["big"]).ShouldBe([10L, null, 30L, null]);
        ColumnValues.Of(frame["ratio"]).ShouldBe([0.5f, 1.5f, null, 2.5f]);
        frame["flag"].ShouldBeOfType<BooleanDataFrameColumn>().ShouldBe(new bool?[] { true, false, null, true });
        ColumnValues.Of(frame["name"]).ShouldBe(["a", null, "ć", "d"]);
        var at = frame["at_millis"];
        ColumnValues.Of(at).ShouldBe([millis, null, millis, millis]);
        ((DateTime)at[0]!).Kind.ShouldBe(DateTimeKind.Unspecified);
        frame["at_micros"][3].ShouldBe(micros);
    }

    private static void WriteKinds(string path, DateTime millis, DateTime micros)
    {
        var columns = new Column[]
        {
            new Column<int>("id"),
            new Column<long?>("big"),
            new Column<float?>("ratio"),
            new Column<bool?>("flag"),
            new Column<string>("name", LogicalType.String()),
            new Column<DateTime?>("at_millis", LogicalType.Timestamp(isAdjustedToUtc: false, TimeUnit.Millis)),
            new Column<DateTime?>("at_micros", LogicalType.Timestamp(isAdjustedToUtc: false, TimeUnit.Micros)),
        };
        using var file = new ParquetFileWriter(path, columns);
        WriteGroup(file, [1, 2], [10, null], [0.5f, 1.5f], [true, false], ["a", null], [millis, null], [micros, micros]);
        WriteGroup(file, [3, 4], [30, null], [null, 2.5f], [null, true], ["ć", "d"], [millis, millis], [null, micros]);
        file.Close();
    }

    private static void WriteGroup(
        ParquetFileWriter file,
        int[] id,
        long?[] big,
        float?[] ratio,
        bool?[] flag,
        string?[] name,
        DateTime?[] atMillis,
        DateTime?[] atMicros)
    {
        using var group = file.AppendRowGroup();
        Write(group, id);
        Write(group, big);
        Write(group, ratio);
        Write(group, flag);
        Write(group, name);
        Write(group, atMillis);
        Write(group, atMicros);
    }

    private static void Write<T>(RowGroupWriter group, T[] values)
    {
        using var writer = group.NextColumn().LogicalWriter<T>();
        writer.WriteBatch(values);
    }
}
