using System.Buffers.Binary;
using System.Runtime.InteropServices;

using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Reads an Arrow IPC file written by <see cref="FrameToArrow"/> back into a frame with the column types it was written
/// from (string fields say which kind of column they came from: <see cref="StringColumnKind"/>).
/// </summary>
internal static class ArrowToFrame
{
    /// <summary>Below this many rows, decoding on one thread is quicker than handing work out.</summary>
    private const int ParallelMinRows = 1 << 16;

    private static ReadOnlySpan<byte> Magic => "ARROW1"u8;

    /// <summary>
    /// Reads a whole Arrow IPC file held in managed memory. Fixed-width columns of a single-batch file keep pointing
    /// into <paramref name="file"/>, which must not change afterwards.
    /// </summary>
    public static DataFrame Read(ReadOnlyMemory<byte> file)
    {
        if (!HasStreamBeforeFooter(file.Span))
        {
            // Not laid out as Arrow writers lay files out: let Arrow's file reader read it, or say what is wrong.
            return Read(new MemoryStream(file.ToArray(), writable: false));
        }

        // The file format is the stream format between the leading magic and the footer, so the stream reader reads
        // it straight from memory: its arrays are slices of the file, not copies.
        using var reader = new ArrowStreamReader(file[8..]);
        return Decode(reader, wrapSingleBatch: true);
    }

    /// <summary>Reads an Arrow IPC file from a stream, copying every value out of Arrow's buffers.</summary>
    public static DataFrame Read(Stream stream)
    {
        using var reader = new ArrowFileReader(stream, leaveOpen: true);
        return Decode(reader, wrapSingleBatch: false);
    }

    private static DataFrame Decode(ArrowStreamReader reader, bool wrapSingleBatch)
    {
        var batches = new List<RecordBatch>();
        try
        {
            while (reader.ReadNextRecordBatch() is { } batch)
            {
                batches.Add(batch);
            }

            Schema schema = batches.Count > 0 ? batches[0].Schema : reader.Schema;
            int rowCount = checked((int)batches.Sum(batch => (long)batch.Length));
            bool wrap = wrapSingleBatch && batches.Count == 1;
            ColumnDecoder[] decoders = [.. schema.FieldsList.Select(field => DecoderFor(field, rowCount, wrap))];
            if (rowCount >= ParallelMinRows && decoders.Length > 1)
            {
                // Columns are independent; rows of one column are not split, since a string column's repeated
                // values are found faster by one pool than by one per thread that each meet every value.
                var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
                Parallel.For(0, decoders.Length, options, c => AppendColumn(decoders[c], batches, c));
            }
            else
            {
                for (int c = 0; c < decoders.Length; c++)
                {
                    AppendColumn(decoders[c], batches, c);
                }
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

    private static void AppendColumn(ColumnDecoder decoder, List<RecordBatch> batches, int column)
    {
        int firstRow = 0;
        foreach (RecordBatch batch in batches)
        {
            decoder.Append(batch.Column(column), firstRow);
            firstRow += batch.Length;
        }
    }

    private static bool HasStreamBeforeFooter(ReadOnlySpan<byte> file)
    {
        const int Tail = sizeof(int) + 6;
        if (file.Length < 8 + Tail || !file[..6].SequenceEqual(Magic) || !file[^6..].SequenceEqual(Magic))
        {
            return false;
        }

        int footer = BinaryPrimitives.ReadInt32LittleEndian(file[^Tail..]);
        int footerStart = file.Length - Tail - footer;
        // The stream must end with its end-of-stream marker (continuation token, then length 0) before the footer.
        return footer > 0 && footerStart >= 16 &&
            BinaryPrimitives.ReadUInt64LittleEndian(file[(footerStart - 8)..]) == 0x00000000_FFFFFFFFUL;
    }

    private static ColumnDecoder DecoderFor(Field field, int rows, bool wrap) => field.DataType switch
    {
        DoubleType => Fixed<double>(rows, wrap, (v, b, n, c) => new DoubleDataFrameColumn(field.Name, v, b, n, c)),
        FloatType => Fixed<float>(rows, wrap, (v, b, n, c) => new SingleDataFrameColumn(field.Name, v, b, n, c)),
        Int64Type => Fixed<long>(rows, wrap, (v, b, n, c) => new Int64DataFrameColumn(field.Name, v, b, n, c)),
        Int32Type => Fixed<int>(rows, wrap, (v, b, n, c) => new Int32DataFrameColumn(field.Name, v, b, n, c)),
        Int16Type => Fixed<short>(rows, wrap, (v, b, n, c) => new Int16DataFrameColumn(field.Name, v, b, n, c)),
        Int8Type => Fixed<sbyte>(rows, wrap, (v, b, n, c) => new SByteDataFrameColumn(field.Name, v, b, n, c)),
        UInt64Type => Fixed<ulong>(rows, wrap, (v, b, n, c) => new UInt64DataFrameColumn(field.Name, v, b, n, c)),
        UInt32Type => Fixed<uint>(rows, wrap, (v, b, n, c) => new UInt32DataFrameColumn(field.Name, v, b, n, c)),
        UInt16Type => Fixed<ushort>(rows, wrap, (v, b, n, c) => new UInt16DataFrameColumn(field.Name, v, b, n, c)),
        UInt8Type => Fixed<byte>(rows, wrap, (v, b, n, c) => new ByteDataFrameColumn(field.Name, v, b, n, c)),
        BooleanType => new BooleanDecoder(field.Name, rows),
        TimestampType timestamp => Timestamps(field.Name, rows, wrap, TimestampConverter(timestamp.Unit)),
        Decimal128Type => new DecimalDecoder(field.Name, rows),
        StringType when StringColumnKind.IsArrowStrings(field) => new ArrowStringDecoder(field.Name, rows, wrap),
        StringType => new StringDecoder(field.Name, rows),
        _ => throw new NotSupportedException(
            $"Column '{field.Name}' has Arrow type {field.DataType.Name}, which Sluice does not read into a frame."),
    };

    private static ColumnDecoder Fixed<T>(
        int rows, bool wrap, Func<ReadOnlyMemory<byte>, ReadOnlyMemory<byte>, int, int, DataFrameColumn> create)
        where T : unmanaged =>
        wrap ? new WrappingDecoder<T>(rows, create) : new PrimitiveDecoder<T, T>(rows, create);

    private static ColumnDecoder Timestamps(
        string name, int rows, bool wrap, PrimitiveDecoder<long, DateTime>.SpanConverter convert)
    {
        DataFrameColumn Create(ReadOnlyMemory<byte> values, ReadOnlyMemory<byte> validity, int length, int nulls) =>
            new DateTimeDataFrameColumn(name, values, validity, length, nulls);

        // Both are 8 bytes wide, so a file's own bytes can take the DateTimes.
        return wrap
            ? new WrappingDecoder<DateTime>(rows, Create, bytes =>
                convert(MemoryMarshal.Cast<byte, long>(bytes), MemoryMarshal.Cast<byte, DateTime>(bytes)))
            : new PrimitiveDecoder<long, DateTime>(rows, Create, convert);
    }

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
