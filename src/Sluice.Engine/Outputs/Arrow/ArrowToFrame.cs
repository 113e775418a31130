using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>Reads an Arrow IPC file written by <see cref="FrameToArrow"/> back into a frame.</summary>
internal static class ArrowToFrame
{
    public static DataFrame Read(Stream stream)
    {
        using var reader = new ArrowFileReader(stream, leaveOpen: true);
        var batches = new List<RecordBatch>();
        try
        {
            while (reader.ReadNextRecordBatch() is { } batch)
            {
                batches.Add(batch);
            }

            Schema schema = batches.Count > 0 ? batches[0].Schema : reader.Schema;
            int rowCount = checked((int)batches.Sum(batch => (long)batch.Length));
            ColumnDecoder[] decoders = [.. schema.FieldsList.Select(field => DecoderFor(field, rowCount))];
            int firstRow = 0;
            foreach (RecordBatch batch in batches)
            {
                for (int c = 0; c < decoders.Length; c++)
                {
                    decoders[c].Append(batch.Column(c), firstRow);
                }

                firstRow += batch.Length;
            }

            return new DataFrame(decoders.Select(decoder => decoder.Build()));
        }
        finally
        {
            foreach (RecordBatch batch in batches)
            {
                batch.Dispose();
            }
        }
    }

    private static ColumnDecoder DecoderFor(Field field, int rows) => field.DataType switch
    {
        DoubleType => Fixed<double>(rows, (v, b, n, c) => new DoubleDataFrameColumn(field.Name, v, b, n, c)),
        FloatType => Fixed<float>(rows, (v, b, n, c) => new SingleDataFrameColumn(field.Name, v, b, n, c)),
        Int64Type => Fixed<long>(rows, (v, b, n, c) => new Int64DataFrameColumn(field.Name, v, b, n, c)),
        Int32Type => Fixed<int>(rows, (v, b, n, c) => new Int32DataFrameColumn(field.Name, v, b, n, c)),
        Int16Type => Fixed<short>(rows, (v, b, n, c) => new Int16DataFrameColumn(field.Name, v, b, n, c)),
        Int8Type => Fixed<sbyte>(rows, (v, b, n, c) => new SByteDataFrameColumn(field.Name, v, b, n, c)),
        UInt64Type => Fixed<ulong>(rows, (v, b, n, c) => new UInt64DataFrameColumn(field.Name, v, b, n, c)),
        UInt32Type => Fixed<uint>(rows, (v, b, n, c) => new UInt32DataFrameColumn(field.Name, v, b, n, c)),
        UInt16Type => Fixed<ushort>(rows, (v, b, n, c) => new UInt16DataFrameColumn(field.Name, v, b, n, c)),
        UInt8Type => Fixed<byte>(rows, (v, b, n, c) => new ByteDataFrameColumn(field.Name, v, b, n, c)),
        BooleanType => new BooleanDecoder(field.Name, rows),
        TimestampType timestamp => new PrimitiveDecoder<long, DateTime>(
            rows,
            (v, b, n, c) => new DateTimeDataFrameColumn(field.Name, v, b, n, c),
            TimestampConverter(timestamp.Unit)),
        Decimal128Type => new DecimalDecoder(field.Name, rows),
        StringType => new StringDecoder(field.Name, rows),
        _ => throw new NotSupportedException(
            $"Column '{field.Name}' has Arrow type {field.DataType.Name}, which Sluice does not read into a frame."),
    };

    private static PrimitiveDecoder<T, T> Fixed<T>(
        int rows, Func<ReadOnlyMemory<byte>, ReadOnlyMemory<byte>, int, int, DataFrameColumn> create)
        where T : unmanaged => new(rows, create);

    private static PrimitiveDecoder<long, DateTime>.SpanConverter TimestampConverter(TimeUnit unit)
    {
        long ticksPerUnit = unit switch
        {
            TimeUnit.Second => TimeSpan.TicksPerSecond,
            TimeUnit.Millisecond => TimeSpan.TicksPerMillisecond,
            TimeUnit.Microsecond => TimeSpan.TicksPerMicrosecond,
            _ => 0,
        };
        return (source, target) =>
        {
            long epoch = DateTime.UnixEpoch.Ticks;
            for (int i = 0; i < source.Length; i++)
            {
                long ticks = ticksPerUnit == 0 ? source[i] / 100 : source[i] * ticksPerUnit;
                target[i] = new DateTime(epoch + ticks, DateTimeKind.Unspecified);
            }
        };
    }
}
