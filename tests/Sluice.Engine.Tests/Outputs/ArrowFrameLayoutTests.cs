using System.Runtime.CompilerServices;

using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

using Microsoft.Data.Analysis;

using Sluice.Core;

using Sluice.Engine.Outputs;

namespace Sluice.Engine.Tests.Outputs;

/// <summary>How frames are laid out in Arrow files, and the paths that layout opens on reading.</summary>
public sealed class ArrowFrameLayoutTests : IDisposable
{
    private const int Rows = 70_001;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Write_StoresOneStandardArrowBatchThatArrowsOwnReaderReads()
    {
        DataFrame frame = Trips(Rows);
        string path = _folder.File("trips.arrow");
        new ArrowFrameSerializer().Write(frame, path);

        using var stream = File.OpenRead(path);
        using var reader = new ArrowFileReader(stream);
        using RecordBatch batch = reader.ReadNextRecordBatch();
        reader.ReadNextRecordBatch().ShouldBeNull();

        batch.Length.ShouldBe(Rows);
        batch.Schema.FieldsList.Select(f => (f.Name, f.DataType.TypeId)).ShouldBe(
        [
            ("id", ArrowTypeId.Int32), ("distance", ArrowTypeId.Double), ("pickup", ArrowTypeId.Timestamp),
            ("zone", ArrowTypeId.String), ("paid", ArrowTypeId.Boolean),
        ]);
        var ids = (Int32Array)batch.Column(0);
        var zones = (StringArray)batch.Column(3);
        var pickups = (TimestampArray)batch.Column(2);
        ids.GetValue(12_345).ShouldBe(frame["id"][12_345]);
        ids.NullCount.ShouldBe((int)frame["id"].NullCount);
        zones.GetString(65_537).ShouldBe(frame["zone"][65_537]);
        zones.NullCount.ShouldBe((int)frame["zone"].NullCount);
        pickups.GetTimestampUnchecked(3).DateTime.ShouldBe((DateTime)frame["pickup"][3]!);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(1_001)]
    [InlineData(65_536)]
    public void RoundTrip_WithSmallerBatches_KeepsEveryValue(int maxBatchRows)
    {
        DataFrame frame = Trips(Rows);
        string path = _folder.File($"trips-{maxBatchRows}.arrow");
        var serializer = new ArrowFrameSerializer(maxBatchRows);

        serializer.Write(frame, path);
        var read = (DataFrame)serializer.Read(path, typeof(DataFrame));

        BatchCount(path).ShouldBe((Rows + maxBatchRows - 1) / maxBatchRows);
        ShouldEqual(read, frame);
    }

    [Fact]
    public async Task Read_ColumnsAreEditableAndIndependentOfTheFile_AfterTheStoreDeletesTheRun()
    {
        var store = new OutputStore(_folder.Path);
        var key = new BlockKey(new PipelineId("trips"), RunId.New(), "load");
        DataFrame frame = Trips(Rows);
        await store.WriteAsync(key, [new BlockOutputValue("trips", typeof(DataFrame), frame)]);

        var first = (DataFrame)(await store.ReadAsync(key))[0].Value!;
        var second = (DataFrame)(await store.ReadAsync(key))[0].Value!;
        store.DeleteRun(key.Pipeline, key.Run);
        Directory.Exists(store.DirectoryOf(key)).ShouldBeFalse();

        var ids = (Int32DataFrameColumn)first["id"];
        int? original = ids[10];
        ids[10] = -1;
        ids[11] = null;
        ((DoubleDataFrameColumn)first["distance"]).Apply(d => d * 2, inPlace: true);
        ((StringDataFrameColumn)first["zone"]).Append("new_zone");

        ids[10].ShouldBe(-1);
        ids[11].ShouldBeNull();
        first["zone"].Length.ShouldBe(Rows + 1);
        first["zone"][Rows].ShouldBe("new_zone");
        first["distance"][5].ShouldBe((double)frame["distance"][5]! * 2);
        // Columns read from one file share its bytes until changed; a change to one leaves the others alone.
        first["pickup"][10].ShouldBe(frame["pickup"][10]);
        first["id"][12].ShouldBe(frame["id"][12]);
        // The other read of the same file shares nothing that the edits touched.
        second["id"][10].ShouldBe(original);
        second["id"][11].ShouldBe(frame["id"][11]);
        second["distance"][5].ShouldBe(frame["distance"][5]);
        ShouldEqual(second, frame);
    }

    [Fact]
    public void Read_ColumnBuffersHoldTheValues_SoAFrameReadBackCanBeStoredAgain()
    {
        // Every column but the first starts inside the file's bytes; Microsoft.Data.Analysis reinterprets a column's
        // memory by its value type, which goes wrong for memory that does not start at index 0.
        DataFrame frame = Trips(Rows);
        DataFrame read = RoundTrip(frame);

        var distances = (DoubleDataFrameColumn)read["distance"];
        ReadOnlyMemory<double> buffer = distances.GetReadOnlyDataBuffers().Single();
        buffer.Length.ShouldBe(Rows);
        buffer.Span[12_345].ShouldBe(12_345 * 0.25);
        ShouldEqual(RoundTrip(read), frame);
    }

    [Fact]
    public void Read_StringColumnBehavesLikeOneBuiltValueByValue()
    {
        string?[] values = ["236_239", null, "a much longer zone name than eight bytes", "236_239", null, "Zürich", ""];
        var built = new StringDataFrameColumn("zone", values);
        var read = (StringDataFrameColumn)RoundTrip(new DataFrame(built))["zone"];

        read.Length.ShouldBe(built.Length);
        read.NullCount.ShouldBe(2);
        read.ToArray().ShouldBe(values);
        read.ElementwiseEquals(built).ShouldAllBe(equal => equal == true);
        read.Sort().ToArray().ShouldBe(built.Sort().ToArray());
        read.Clone().ToArray().ShouldBe(values);

        read[1] = "filled";
        read.Append(null);
        read[0] = null;

        read.NullCount.ShouldBe(3);
        read.Length.ShouldBe(values.Length + 1);
        read[1].ShouldBe("filled");
        read.FillNulls("-", inPlace: true);
        read.NullCount.ShouldBe(0);
    }

    [Fact]
    public void Read_RepeatedStringsShareOneInstance()
    {
        string longValue = new('z', 40);
        var frame = new DataFrame(new StringDataFrameColumn(
            "zone", Enumerable.Range(0, 1_000).Select(i => i % 2 == 0 ? $"{i % 7}_{i % 5}" : longValue + (i % 3))));

        var read = (StringDataFrameColumn)RoundTrip(frame)["zone"];

        read.ToArray().ShouldBe(frame["zone"].Cast<string>().ToArray());
        ReferenceEquals(read[0], read[70]).ShouldBeTrue();
        ReferenceEquals(read[1], read[7]).ShouldBeTrue();
    }

    [Fact]
    public void Read_ManyDistinctShortStrings_ComeBackEqualAndShared()
    {
        // 1 to 7 bytes, zero bytes and two-byte characters among them: enough distinct values to grow the pool's table
        // of short values several times, each repeated ten times.
        const int distinct = 20_000;
        static string Value(int i) => (i % 4) switch
        {
            0 => $"{i}",
            1 => $"\0{i % 1000}",
            2 => $"é{i % 10_000}",
            _ => $"{i % 263}_{i % 89}",
        };
        var frame = new DataFrame(new StringDataFrameColumn(
            "zone", Enumerable.Range(0, distinct * 10).Select(i => i % 777 == 0 ? null : Value(i % distinct))));

        var read = (StringDataFrameColumn)RoundTrip(frame)["zone"];

        read.ToArray().ShouldBe(frame["zone"].Cast<string?>().ToArray());
        read.NullCount.ShouldBe(frame["zone"].NullCount);
        ReferenceEquals(read[1], read[1 + distinct]).ShouldBeTrue();
        ReferenceEquals(read[3], read[3 + (9 * distinct)]).ShouldBeTrue();
    }

    [Fact]
    public void Read_LargeColumnsOneAfterAnother_EachGetsItsOwnValues()
    {
        // Large columns hand their table of short values on to the next one: it must come to that one empty.
        var first = new DataFrame(new StringDataFrameColumn(
            "zone", Enumerable.Range(0, 100_000).Select(i => $"{i % 263}_{i % 89}")));
        var second = new DataFrame(new StringDataFrameColumn(
            "zone", Enumerable.Range(0, 100_000).Select(i => i % 3 == 0 ? $"{i % 89}_{i % 263}" : $"b{i % 5_000}")));

        var firstRead = (StringDataFrameColumn)RoundTrip(first)["zone"];
        var secondRead = (StringDataFrameColumn)RoundTrip(second)["zone"];

        firstRead.ToArray().ShouldBe(first["zone"].Cast<string>().ToArray());
        secondRead.ToArray().ShouldBe(second["zone"].Cast<string>().ToArray());
        string shared = firstRead.First(value => value == secondRead[0]);
        ReferenceEquals(shared, secondRead[0]).ShouldBeFalse("the second read found the first read's string");
    }

    [Fact]
    public void Read_LargeColumn_HoldsNoStringAliveOnceTheFrameIsDropped()
    {
        WeakReference value = ReadAndDropLargeColumn();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        value.IsAlive.ShouldBeFalse("the table kept for the next column still holds a value of the last one");
    }

    [Fact]
    public void Read_InSmallBatches_ValuesThatRepeatOnlyAfterTheFirstBatchAreShared()
    {
        // The first batch of 1,000 rows holds 1,000 distinct values; the next 99 batches repeat them. The pool decides
        // whether values repeat over many batches, not on the first one.
        var frame = new DataFrame(new StringDataFrameColumn(
            "zone", Enumerable.Range(0, 100_000).Select(i => $"z{i % 1_000}")));

        var read = (StringDataFrameColumn)RoundTrip(frame, maxBatchRows: 1_000)["zone"];

        read.ToArray().ShouldBe(frame["zone"].Cast<string>().ToArray());
        ReferenceEquals(read[5], read[99_005]).ShouldBeTrue();
    }

    [Fact]
    public void Read_ManyDistinctStrings_AreAllKept()
    {
        // More distinct values than the pool keeps, so it gives up on them part way.
        const int rows = 300_000;
        var frame = new DataFrame(new StringDataFrameColumn(
            "id", Enumerable.Range(0, rows).Select(i => i % 1_000 == 0 ? null : $"trip-{i:x}")));

        var read = (StringDataFrameColumn)RoundTrip(frame)["id"];

        read.NullCount.ShouldBe(300);
        read.ToArray().ShouldBe(frame["id"].Cast<string?>().ToArray());
    }

    [Fact]
    public async Task Read_WhenTheFileIsCutShort_SaysWhichOutputCannotBeRead()
    {
        var store = new OutputStore(_folder.Path);
        var key = new BlockKey(new PipelineId("trips"), RunId.New(), "load");
        await store.WriteAsync(key, [new BlockOutputValue("trips", typeof(DataFrame), Trips(1_000))]);
        string file = Directory.GetFiles(store.DirectoryOf(key), "*.arrow").Single();
        byte[] bytes = await File.ReadAllBytesAsync(file);
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);

        var error = await Should.ThrowAsync<SluiceException>(() => store.ReadAsync(key));

        error.Message.ShouldContain("'trips'");
    }

    private static DataFrame Trips(int rows)
    {
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DataFrame(
            new Int32DataFrameColumn("id", Enumerable.Range(0, rows).Select(i => i % 97 == 0 ? (int?)null : i)),
            new DoubleDataFrameColumn("distance", Enumerable.Range(0, rows).Select(i => i * 0.25)),
            new DateTimeDataFrameColumn("pickup", Enumerable.Range(0, rows).Select(i => i % 13 == 0 ? (DateTime?)null : start.AddSeconds(i * 7.5))),
            new StringDataFrameColumn("zone", Enumerable.Range(0, rows).Select(i => i % 11 == 0 ? null : $"{i % 263}_{i % 17}")),
            new BooleanDataFrameColumn("paid", Enumerable.Range(0, rows).Select(i => i % 5 == 0 ? (bool?)null : i % 3 == 0)));
    }

    private static void ShouldEqual(DataFrame read, DataFrame expected)
    {
        read.Columns.Select(c => (c.Name, c.GetType())).ShouldBe(expected.Columns.Select(c => (c.Name, c.GetType())));
        foreach (DataFrameColumn column in expected.Columns)
        {
            DataFrameColumn back = read[column.Name];
            back.Length.ShouldBe(column.Length, column.Name);
            back.NullCount.ShouldBe(column.NullCount, column.Name);
            for (long row = 0; row < column.Length; row++)
            {
                if (!Equals(back[row], column[row]))
                {
                    back[row].ShouldBe(column[row], $"{column.Name}[{row}]");
                }
            }
        }
    }

    private static int BatchCount(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new ArrowFileReader(stream);
        int count = 0;
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            batch.Dispose();
            count++;
        }

        return count;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private WeakReference ReadAndDropLargeColumn()
    {
        // 20,000 distinct values: enough for the table to grow to a size that is kept for the next column.
        var frame = new DataFrame(new StringDataFrameColumn(
            "zone", Enumerable.Range(0, 100_000).Select(i => $"w{i % 20_000}")));
        var read = (StringDataFrameColumn)RoundTrip(frame)["zone"];
        read[5].ShouldBe("w5");
        return new WeakReference(read[5]);
    }

    private DataFrame RoundTrip(DataFrame frame, int maxBatchRows = ArrowFrameSerializer.DefaultMaxBatchRows)
    {
        string path = _folder.File(Guid.NewGuid().ToString("N") + ".arrow");
        var serializer = new ArrowFrameSerializer(maxBatchRows);
        serializer.Write(frame, path);
        return (DataFrame)serializer.Read(path, typeof(DataFrame));
    }
}
