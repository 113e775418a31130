using Apache.Arrow;
using Apache.Arrow.Ipc;

using Microsoft.Data.Analysis;

using Sluice.Core;

using Sluice.Engine.Outputs;
using Sluice.ML.Tests.Profiling;

namespace Sluice.Engine.Tests.Outputs;

/// <summary>
/// Frames hand their string columns over in the kind they hold them: strings in Arrow's layout
/// (<see cref="ArrowStringDataFrameColumn"/>) come back as such, without being decoded; .NET strings as .NET strings.
/// </summary>
public sealed class ArrowStringColumnTests : IDisposable
{
    private static readonly string?[] s_values =
        ["236_239", null, "", "a much longer zone name than eight bytes", "Zürich", null, "236_239", "é_1"];

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void RoundTrip_KeepsAnArrowStringColumnAsOne()
    {
        var frame = new DataFrame(ArrowStrings.Column("zone", s_values), new StringDataFrameColumn("name", s_values));

        DataFrame read = RoundTrip(frame);

        var zones = read["zone"].ShouldBeOfType<ArrowStringDataFrameColumn>();
        zones.ToArray().ShouldBe(s_values);
        zones.NullCount.ShouldBe(2);
        zones.Length.ShouldBe(s_values.Length);
        read["name"].ShouldBeOfType<StringDataFrameColumn>().ToArray().ShouldBe(s_values);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(1_001)]
    public void RoundTrip_InSmallerBatches_JoinsTheBatchesIntoOneColumn(int maxBatchRows)
    {
        // Nulls only in the first rows: some batches have a validity bitmap and some do not.
        string?[] values = [.. Enumerable.Range(0, 5_003).Select(i => i < 1_500 && i % 7 == 0 ? null : $"{i % 263}_{i % 17}")];

        var zones = (ArrowStringDataFrameColumn)RoundTrip(new DataFrame(ArrowStrings.Column("zone", values)), maxBatchRows)["zone"];

        zones.GetReadOnlyDataBuffers().Count().ShouldBe(1);
        zones.NullCount.ShouldBe(values.Count(value => value is null));
        zones.ToArray().ShouldBe(values);
    }

    [Fact]
    public void RoundTrip_InSmallerBatches_ReadBackColumnCanBeStoredAgain()
    {
        string?[] values = [.. Enumerable.Range(0, 3_001).Select(i => i % 9 == 0 ? null : i % 4 == 0 ? "" : $"z{i % 50}")];

        DataFrame once = RoundTrip(new DataFrame(ArrowStrings.Column("zone", values)), maxBatchRows: 1_000);
        DataFrame twice = RoundTrip(once, maxBatchRows: 700);

        twice["zone"].ShouldBeOfType<ArrowStringDataFrameColumn>().ToArray().ShouldBe(values);
    }

    [Fact]
    public void RoundTrip_OfOnlyEmptyAndMissingValues_KeepsThem()
    {
        string?[] values = ["", null, "", "", null];

        var zones = (ArrowStringDataFrameColumn)RoundTrip(new DataFrame(ArrowStrings.Column("zone", values)))["zone"];

        zones.ToArray().ShouldBe(values);
        zones.NullCount.ShouldBe(2);
    }

    [Theory]
    [InlineData(ArrowFrameSerializer.DefaultMaxBatchRows)]
    [InlineData(1_001)]
    public void ReadFromAStream_CopiesTheValuesOutOfArrowsBuffers(int maxBatchRows)
    {
        // Files over 2 GB are read as a stream, batch by batch, into Arrow's own (native) buffers.
        string?[] values = [.. Enumerable.Range(0, 5_003).Select(i => i % 7 == 0 ? null : $"{i % 263}_{i % 17}")];
        string path = _folder.File($"stream-{maxBatchRows}.arrow");
        new ArrowFrameSerializer(maxBatchRows).Write(new DataFrame(ArrowStrings.Column("zone", values)), path);

        DataFrame read;
        using (FileStream stream = File.OpenRead(path))
        {
            read = Sluice.Engine.Outputs.Arrow.ArrowToFrame.Read(stream);
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        read["zone"].ShouldBeOfType<ArrowStringDataFrameColumn>().ToArray().ShouldBe(values);
    }

    [Fact]
    public void RoundTrip_OfAnEmptyArrowStringColumn_KeepsItsKind()
    {
        var frame = new DataFrame(new ArrowStringDataFrameColumn("zone"));

        DataFrame read = RoundTrip(frame);

        read["zone"].ShouldBeOfType<ArrowStringDataFrameColumn>().Length.ShouldBe(0);
    }

    [Fact]
    public async Task Read_ArrowStringColumn_KeepsItsValuesAfterTheStoreDeletesTheRun_AndCanBeStoredAgain()
    {
        var store = new OutputStore(_folder.Path);
        var key = new BlockKey(new PipelineId("trips"), RunId.New(), "load");
        string?[] values = [.. Enumerable.Range(0, 70_001).Select(i => i % 11 == 0 ? null : $"{i % 263}_{i % 17}")];
        var frame = new DataFrame(new Int32DataFrameColumn("id", Enumerable.Range(0, values.Length)), ArrowStrings.Column("zone", values));
        await store.WriteAsync(key, [new BlockOutputValue("trips", typeof(DataFrame), frame)]);

        var read = (DataFrame)(await store.ReadAsync(key))[0].Value!;
        store.DeleteRun(key.Pipeline, key.Run);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        read["zone"].ShouldBeOfType<ArrowStringDataFrameColumn>().ToArray().ShouldBe(values);
        var again = (ArrowStringDataFrameColumn)RoundTrip(read)["zone"];
        again.ToArray().ShouldBe(values);
        again.NullCount.ShouldBe(values.Count(value => value is null));
    }

    [Fact]
    public void Read_ArrowStringColumn_WorksWithTheFramesOperations()
    {
        var read = (ArrowStringDataFrameColumn)RoundTrip(new DataFrame(ArrowStrings.Column("zone", s_values)))["zone"];

        // Microsoft.Data.Analysis 0.23 copies an empty string as a missing value (its Clone, Filter and the like
        // append bytes, and an empty span counts as none), whatever made the column.
        read.Clone().ToArray().ShouldBe(s_values.Select(value => value == "" ? null : value));
        read.ElementwiseEquals("236_239").Select(equal => equal == true).ShouldBe(
            s_values.Select(value => value == "236_239"));
        DataFrame kept = new DataFrame(read).Filter(new BooleanDataFrameColumn("keep", s_values.Select(value => value is not null)));
        kept["zone"].Cast<string?>().ShouldBe(s_values.OfType<string>().Select(value => value == "" ? null : value));
    }

    [Fact]
    public void Write_MarksArrowStringFields_AsStandardStringsForOtherReaders()
    {
        string path = _folder.File("zones.arrow");
        new ArrowFrameSerializer().Write(new DataFrame(ArrowStrings.Column("zone", s_values), new StringDataFrameColumn("name", s_values)), path);

        using var stream = File.OpenRead(path);
        using var reader = new ArrowFileReader(stream);
        using RecordBatch batch = reader.ReadNextRecordBatch();

        Field zone = batch.Schema.GetFieldByName("zone");
        zone.DataType.TypeId.ShouldBe(Apache.Arrow.Types.ArrowTypeId.String);
        zone.Metadata.ShouldContainKeyAndValue("sluice.column", "arrow-strings");
        batch.Schema.GetFieldByName("name").HasMetadata.ShouldBeFalse();
        ((StringArray)batch.Column("zone")).GetString(4).ShouldBe("Zürich");
    }

    [Fact]
    public async Task Read_StringsWrittenByAnotherTool_ComeBackAsDotNetStrings()
    {
        // Arrow's own writer, as pandas or DuckDB would write: no mark on the field.
        string path = _folder.File("other.arrow");
        var strings = new StringArray.Builder().AppendRange(s_values).Build();
        var batch = new RecordBatch.Builder().Append("zone", nullable: true, strings).Build();
        await using (FileStream stream = File.Create(path))
        {
            using var writer = new ArrowFileWriter(stream, batch.Schema);
            await writer.WriteRecordBatchAsync(batch);
            await writer.WriteEndAsync();
        }

        var read = (DataFrame)new ArrowFrameSerializer().Read(path, typeof(DataFrame));

        read["zone"].ShouldBeOfType<StringDataFrameColumn>().ToArray().ShouldBe(s_values);
    }

    private DataFrame RoundTrip(DataFrame frame, int maxBatchRows = ArrowFrameSerializer.DefaultMaxBatchRows)
    {
        string path = _folder.File(Guid.NewGuid().ToString("N") + ".arrow");
        var serializer = new ArrowFrameSerializer(maxBatchRows);
        serializer.Write(frame, path);
        return (DataFrame)serializer.Read(path, typeof(DataFrame));
    }
}
