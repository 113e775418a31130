using Microsoft.Data.Analysis;

using Sluice.Engine.Outputs;

namespace Sluice.Engine.Tests.Outputs;

public class ArrowFrameSerializerTests
{
    private readonly ArrowFrameSerializer _serializer = new();

    [Fact]
    public void RoundTrip_KeepsEveryColumnTypeAndNulls()
    {
        var frame = new DataFrame(
            new BooleanDataFrameColumn("bool", [true, null, false]),
            new ByteDataFrameColumn("byte", [1, 255, null]),
            new SByteDataFrameColumn("sbyte", [null, -128, 127]),
            new Int16DataFrameColumn("short", [-5, null, short.MaxValue]),
            new UInt16DataFrameColumn("ushort", [ushort.MaxValue, 0, null]),
            new Int32DataFrameColumn("int", [236, 239, null]),
            new UInt32DataFrameColumn("uint", [null, uint.MaxValue, 3]),
            new Int64DataFrameColumn("long", [long.MinValue, null, long.MaxValue]),
            new UInt64DataFrameColumn("ulong", [ulong.MaxValue, 1, null]),
            new SingleDataFrameColumn("float", [1.5f, null, float.NaN]),
            new DoubleDataFrameColumn("double", [1.98, double.NegativeInfinity, null]),
            new DecimalDataFrameColumn("decimal", [12.345m, null, -0.5m]),
            new StringDataFrameColumn("string", ["236_239", null, ""]));

        DataFrame read = RoundTrip(frame);

        read.Columns.Select(c => c.Name).ShouldBe(frame.Columns.Select(c => c.Name));
        foreach (DataFrameColumn column in frame.Columns)
        {
            DataFrameColumn back = read[column.Name];
            back.DataType.ShouldBe(column.DataType, column.Name);
            back.NullCount.ShouldBe(column.NullCount, column.Name);
            for (long row = 0; row < column.Length; row++)
            {
                back[row].ShouldBe(column[row], $"{column.Name}[{row}]");
            }
        }
    }

    [Fact]
    public void RoundTrip_KeepsDateTimesToTheMicrosecond()
    {
        var pickup = new DateTime(2024, 1, 1, 0, 46, 55, DateTimeKind.Unspecified).AddTicks(1_234_560);
        var frame = new DataFrame(new DateTimeDataFrameColumn(
            "lpep_pickup_datetime", [pickup, null, new DateTime(1969, 12, 31, 23, 59, 59), DateTime.MaxValue.Date]));

        var read = (DateTimeDataFrameColumn)RoundTrip(frame)["lpep_pickup_datetime"];

        read[0].ShouldBe(pickup);
        read[0]!.Value.Kind.ShouldBe(DateTimeKind.Unspecified);
        read[1].ShouldBeNull();
        read[2].ShouldBe(new DateTime(1969, 12, 31, 23, 59, 59));
        read[3].ShouldBe(DateTime.MaxValue.Date);
    }

    [Fact]
    public void RoundTrip_TruncatesDateTimesBelowAMicrosecond()
    {
        var frame = new DataFrame(new DateTimeDataFrameColumn("t", [new DateTime(2024, 5, 6, 7, 8, 9).AddTicks(17)]));

        var read = (DateTimeDataFrameColumn)RoundTrip(frame)["t"];

        read[0].ShouldBe(new DateTime(2024, 5, 6, 7, 8, 9).AddTicks(10));
    }

    [Fact]
    public void RoundTrip_KeepsUnicodeStrings()
    {
        string[] values = ["Zürich", "東京", "emoji 🚕", "new\nline", new string('x', 500)];
        var frame = new DataFrame(new StringDataFrameColumn("name", values));

        var read = (StringDataFrameColumn)RoundTrip(frame)["name"];

        read.ToArray().ShouldBe(values);
    }

    [Fact]
    public void RoundTrip_KeepsAnEmptyFrameWithItsSchema()
    {
        var frame = new DataFrame(
            new DoubleDataFrameColumn("duration", 0),
            new StringDataFrameColumn("PU_DO", 0),
            new DateTimeDataFrameColumn("pickup", 0));

        DataFrame read = RoundTrip(frame);

        read.Rows.Count.ShouldBe(0);
        read.Columns.Select(c => (c.Name, c.DataType))
            .ShouldBe([("duration", typeof(double)), ("PU_DO", typeof(string)), ("pickup", typeof(DateTime))]);
    }

    [Fact]
    public void RoundTrip_KeepsA200kRowFrameAcrossRecordBatches()
    {
        const int rows = 200_003;
        var start = new DateTime(2024, 1, 1);
        var frame = new DataFrame(
            new Int32DataFrameColumn("id", Enumerable.Range(0, rows)),
            new DoubleDataFrameColumn("distance", Enumerable.Range(0, rows).Select(i => i % 7 == 0 ? (double?)null : i * 0.5)),
            new BooleanDataFrameColumn("even", Enumerable.Range(0, rows).Select(i => i % 2 == 0)),
            new DateTimeDataFrameColumn("pickup", Enumerable.Range(0, rows).Select(i => start.AddSeconds(i))),
            new StringDataFrameColumn("zone", Enumerable.Range(0, rows).Select(i => i % 11 == 0 ? null : $"{i % 263}_{i % 17}")));

        DataFrame read = RoundTrip(frame);

        read.Rows.Count.ShouldBe(rows);
        foreach (DataFrameColumn column in frame.Columns)
        {
            read[column.Name].NullCount.ShouldBe(column.NullCount, column.Name);
        }

        // Rows on both sides of the 65,536-row batch boundaries.
        foreach (long row in new long[] { 0, 65_535, 65_536, 131_071, 131_072, 196_608, rows - 1 })
        {
            foreach (DataFrameColumn column in frame.Columns)
            {
                read[column.Name][row].ShouldBe(column[row], $"{column.Name}[{row}]");
            }
        }

        ((DoubleDataFrameColumn)read["distance"]).Sum().ShouldBe(((DoubleDataFrameColumn)frame["distance"]).Sum());
    }

    [Fact]
    public void RoundTrip_ReadColumnsCanBeChangedAfterwards()
    {
        var frame = new DataFrame(new DoubleDataFrameColumn("x", [1.0, 2.0]));

        var read = (DoubleDataFrameColumn)RoundTrip(frame)["x"];
        read[0] = 10.0;
        DoubleDataFrameColumn doubled = read.Multiply(2.0);

        doubled[0].ShouldBe(20.0);
        doubled[1].ShouldBe(4.0);
    }

    [Fact]
    public void Write_WhenColumnTypeIsUnsupported_NamesTheColumn()
    {
        using var folder = new TempFolder();
        var frame = new DataFrame(new CharDataFrameColumn("letter", ['a']));

        Should.Throw<NotSupportedException>(() => _serializer.Write(frame, folder.File("f.arrow")))
            .Message.ShouldContain("'letter'");
    }

    private DataFrame RoundTrip(DataFrame frame)
    {
        using var folder = new TempFolder();
        string path = folder.File("frame.arrow");
        _serializer.Write(frame, path);
        return (DataFrame)_serializer.Read(path, typeof(DataFrame));
    }
}
