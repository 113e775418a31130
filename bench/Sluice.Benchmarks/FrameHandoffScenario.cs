using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Sluice.Core;
using Sluice.Engine.Outputs;

namespace Sluice.Benchmarks;

/// <summary>
/// (b) Handing a 1M-row DataFrame to the next block through the output store (write, then read back), against a
/// raw Arrow IPC write and read of the same data (target: at most 1.2x). The store gives a block back the column
/// types it handed over, so the frame is measured with its strings in either kind:
/// <list type="bullet">
/// <item><see cref="FrameStrings.Managed"/> (b): .NET strings (<see cref="StringDataFrameColumn"/>), as blocks build
/// them and Sluice's Parquet reader returns them; they come back as .NET strings. The baseline writes and reads the
/// same values already in Arrow form (built before the timing, strings left as UTF-8), with Arrow's own writer and
/// reader. The figure also gives, for context, the ratio to that round trip done by hand from frame to frame
/// (<see cref="RawStrings"/>: strings encoded to UTF-8, written, read, decoded into a new column).</item>
/// <item><see cref="FrameStrings.None"/> (b'): the frame without its string column, same baseline.</item>
/// <item><see cref="FrameStrings.Arrow"/> (b''): the strings in Arrow's layout
/// (<see cref="ArrowStringDataFrameColumn"/>, as <c>DataFrame.FromArrowRecordBatch</c> makes them), which come back
/// as such; the same baseline, over the very buffers the frame holds.</item>
/// </list>
/// Sluice and its baseline run in alternating rounds.
/// </summary>
internal sealed class FrameHandoffScenario(FrameStrings strings) : IScenario
{
    private const int Rows = 1_000_000;
    private const string StringColumn = "PU_DO";

    public async Task<ScenarioResult> RunAsync()
    {
        var root = BenchProject.NewFolder("frame");
        try
        {
            var (frame, batch) = Build(strings);
            var store = new OutputStore(Path.Combine(root, "outputs"));
            var key = new BlockKey(new PipelineId("p"), RunId.New(), "load");
            var values = new[] { new BlockOutputValue("output_0", typeof(DataFrame), frame) };
            async Task HandOver()
            {
                await store.WriteAsync(key, values);
                var back = (DataFrame)(await store.ReadAsync(key))[0].Value!;
                Check(back.Rows.Count == Rows && back.Columns.Count == frame.Columns.Count, "The frame");
            }

            var rawPath = Path.Combine(root, "raw.arrow");
            var (sluice, bytesOnly) = await Measure.AlternatingMediansAsync(
                2, 9, HandOver, () => RawRoundTripAsync(rawPath, batch, frame: null));
            if (strings != FrameStrings.Managed)
            {
                return Result(sluice, bytesOnly, note: "");
            }

            var (again, sameFrame) = await Measure.AlternatingMediansAsync(
                2, 9, HandOver, () => RawRoundTripAsync(rawPath, batch, frame));
            return Result(sluice, bytesOnly, string.Create(CultureInfo.InvariantCulture, $"; {again / sameFrame:0.00}x by hand"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private ScenarioResult Result(TimeSpan sluice, TimeSpan baseline, string note)
    {
        var ratio = sluice / baseline;
        var name = strings switch
        {
            FrameStrings.Managed => "(b) 1M-row frame through the output store",
            FrameStrings.None => "(b') same frame without its string column",
            _ => "(b'') same frame, strings in Arrow's layout",
        };
        return new ScenarioResult(
            name,
            sluice,
            baseline,
            string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}x raw Arrow IPC{note}"),
            "<= 1.2x",
            ratio <= 1.2);
    }

    /// <summary>
    /// Writes and reads <paramref name="batch"/> with Arrow's own file writer and reader. Given the frame of .NET
    /// strings, its string column is encoded into the batch first and decoded into a new column after.
    /// </summary>
    private static async Task RawRoundTripAsync(string path, RecordBatch batch, DataFrame? frame)
    {
        StringArray? encoded = null;
        if (frame is not null)
        {
            encoded = RawStrings.Encode((StringDataFrameColumn)frame[StringColumn]);
            batch = new RecordBatch(batch.Schema, [.. batch.Arrays.SkipLast(1), encoded], batch.Length);
        }

        await using (var stream = File.Create(path))
        {
            using var writer = new ArrowFileWriter(stream, batch.Schema);
            await writer.WriteRecordBatchAsync(batch);
            await writer.WriteEndAsync();
        }

        encoded?.Dispose();
        await using var input = File.OpenRead(path);
        using var reader = new ArrowFileReader(input);
        var read = 0;
        while (await reader.ReadNextRecordBatchAsync() is { } next)
        {
            read += next.Length;
            if (frame is not null)
            {
                var column = RawStrings.Decode(StringColumn, (StringArray)next.Column(StringColumn));
                Check(column.Length == next.Length, "The raw string column");
            }

            next.Dispose();
        }

        Check(read == Rows, "The raw batch");
    }

    private static void Check(bool whole, string what)
    {
        if (!whole)
        {
            throw new InvalidOperationException($"{what} did not come back whole.");
        }
    }

    // A frame shaped like the course's trips: ids, a distance, a timestamp and a short string.
    private static (DataFrame Frame, RecordBatch Batch) Build(FrameStrings strings)
    {
        var random = new Random(7);
        var ids = new int[Rows];
        var distances = new double[Rows];
        var pickups = new DateTime[Rows];
        var pairs = new string[Rows];
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < Rows; i++)
        {
            ids[i] = random.Next(1, 266);
            distances[i] = random.NextDouble() * 20;
            pickups[i] = start.AddSeconds(random.Next(0, 60 * 24 * 3600));
            pairs[i] = string.Create(CultureInfo.InvariantCulture, $"{ids[i]}_{random.Next(1, 266)}");
        }

        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<int>("PULocationID", ids),
            new PrimitiveDataFrameColumn<double>("trip_distance", distances),
            new PrimitiveDataFrameColumn<DateTime>("lpep_pickup_datetime", pickups));

        var timestampType = new TimestampType(TimeUnit.Microsecond, (string?)null);
        var timestamps = new TimestampArray.Builder(timestampType);
        foreach (var pickup in pickups)
        {
            timestamps.Append(new DateTimeOffset(pickup, TimeSpan.Zero));
        }

        var batch = new RecordBatch.Builder()
            .Append("PULocationID", nullable: true, new Int32Array.Builder().AppendRange(ids).Build())
            .Append("trip_distance", nullable: true, new DoubleArray.Builder().AppendRange(distances).Build())
            .Append("lpep_pickup_datetime", nullable: true, timestamps.Build());
        if (strings != FrameStrings.None)
        {
            // The string column last: the raw round trip of .NET strings replaces the batch's last array.
            var encoded = new StringArray.Builder().AppendRange(pairs).Build();
            frame.Columns.Add(strings == FrameStrings.Arrow
                ? new ArrowStringDataFrameColumn(
                    StringColumn,
                    encoded.ValueBuffer.Memory,
                    encoded.ValueOffsetsBuffer.Memory,
                    encoded.NullBitmapBuffer.Memory,
                    encoded.Length,
                    encoded.NullCount)
                : new StringDataFrameColumn(StringColumn, pairs));
            batch = batch.Append(StringColumn, nullable: true, encoded);
        }

        return (frame, batch.Build());
    }
}
