using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using Sluice.Core;
using Sluice.Engine.Outputs;

namespace Sluice.Benchmarks;

/// <summary>
/// (b) Handing a 1M-row DataFrame to the next block through the output store (write, then read back), against a
/// raw Arrow IPC write and read of the same data already in Arrow form (target: at most 1.2x). Run with and without
/// the string column: turning a million UTF-8 values back into .NET strings is work the raw read never does.
/// </summary>
internal sealed class FrameHandoffScenario(bool withStrings) : IScenario
{
    private const int Rows = 1_000_000;

    public async Task<ScenarioResult> RunAsync()
    {
        var root = BenchProject.NewFolder("frame");
        try
        {
            var (frame, batch) = Build(withStrings);
            var store = new OutputStore(Path.Combine(root, "outputs"));
            var key = new BlockKey(new PipelineId("p"), RunId.New(), "load");
            var values = new[] { new BlockOutputValue("output_0", typeof(DataFrame), frame) };
            var sluice = await Measure.MedianAsync(2, 9, async () =>
            {
                await store.WriteAsync(key, values);
                var back = (DataFrame)(await store.ReadAsync(key))[0].Value!;
                if (back.Rows.Count != Rows)
                {
                    throw new InvalidOperationException("The frame did not come back whole.");
                }
            });

            var rawPath = Path.Combine(root, "raw.arrow");
            var baseline = await Measure.MedianAsync(2, 9, async () =>
            {
                await using (var stream = File.Create(rawPath))
                {
                    using var writer = new ArrowFileWriter(stream, batch.Schema);
                    await writer.WriteRecordBatchAsync(batch);
                    await writer.WriteEndAsync();
                }

                await using var input = File.OpenRead(rawPath);
                using var reader = new ArrowFileReader(input);
                var read = 0;
                while (await reader.ReadNextRecordBatchAsync() is { } next)
                {
                    read += next.Length;
                    next.Dispose();
                }

                if (read != Rows)
                {
                    throw new InvalidOperationException("The raw batch did not come back whole.");
                }
            });

            var ratio = sluice / baseline;
            return new ScenarioResult(
                withStrings ? "(b) 1M-row frame through the output store" : "(b') same frame without its string column",
                sluice,
                baseline,
                string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}x raw Arrow IPC"),
                "<= 1.2x",
                ratio <= 1.2);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // A frame shaped like the course's trips: ids, a distance, a timestamp and a short string.
    private static (DataFrame Frame, RecordBatch Batch) Build(bool withStrings)
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
        if (withStrings)
        {
            frame.Columns.Add(new StringDataFrameColumn("PU_DO", pairs));
            batch = batch.Append("PU_DO", nullable: true, new StringArray.Builder().AppendRange(pairs).Build());
        }

        return (frame, batch.Build());
    }
}
