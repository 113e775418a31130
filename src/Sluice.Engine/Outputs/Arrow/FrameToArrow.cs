using System.Runtime.InteropServices;

using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

using Microsoft.Data.Analysis;

namespace Sluice.Engine.Outputs.Arrow;

/// <summary>
/// Writes a frame as an Arrow IPC file. Sluice converts frames itself: Microsoft.Data.Analysis 0.23 was built
/// against Arrow 14, its own conversion drops the time of day of DateTime columns on Arrow 18 and fails on
/// <see cref="StringDataFrameColumn"/>. Primitive columns are handed to Arrow without copying their values.
/// </summary>
internal static class FrameToArrow
{
    /// <summary>
    /// Rows per record batch. A frame up to this size is one batch, so a reader finds every column in one piece and
    /// can use it without copying; the cap keeps a batch's fixed-width buffers far below 2 GB.
    /// </summary>
    public const int DefaultMaxBatchRows = 1 << 24;

    /// <summary>Rows per piece of string encoding; batches of string columns end on these.</summary>
    private const int ChunkRows = 1 << 16;

    /// <summary>Below this many rows, encoding on one thread is quicker than handing work out.</summary>
    private const int ParallelMinRows = 1 << 16;

    public static void Write(DataFrame frame, Stream stream, int maxBatchRows = DefaultMaxBatchRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchRows, 1);
        int rowCount = checked((int)frame.Rows.Count);
        int chunkRows = Math.Min(ChunkRows, maxBatchRows);
        ColumnEncoder[] encoders = [.. frame.Columns.Select(column => EncoderFor(column, chunkRows))];
        var schema = new Schema(encoders.Select(encoder => encoder.Field), metadata: null);
        using var writer = new ArrowFileWriter(stream, schema, leaveOpen: true);

        // An empty frame still gets one (empty) batch: Arrow's file writer writes the schema with the first batch.
        int start = 0;
        do
        {
            int length = BatchLength(encoders, start, rowCount, chunkRows, maxBatchRows);
            var arrays = new IArrowArray[encoders.Length];
            if (rowCount >= ParallelMinRows)
            {
                // Columns are independent: converting one (timestamps, booleans) overlaps slicing the others.
                Parallel.For(0, encoders.Length, c => arrays[c] = encoders[c].Encode(start, length));
            }
            else
            {
                for (int c = 0; c < encoders.Length; c++)
                {
                    arrays[c] = encoders[c].Encode(start, length);
                }
            }

            using var batch = new RecordBatch(schema, arrays, length);
            writer.WriteRecordBatch(batch);
            start += length;
        }
        while (start < rowCount);

        writer.WriteEnd();
    }

    /// <summary>
    /// As many rows from <paramref name="start"/> as one batch may take: at most the cap, and no more string bytes per
    /// column than Arrow's 32-bit offsets reach. Batches end on whole string chunks.
    /// </summary>
    private static int BatchLength(ColumnEncoder[] encoders, int start, int rowCount, int chunkRows, int maxBatchRows)
    {
        int rows = Math.Min(maxBatchRows / chunkRows * chunkRows, rowCount - start);
        while (rows > chunkRows && encoders.Any(e => e.Strings?.ByteCount(start, rows) > int.MaxValue))
        {
            rows = (rows - 1) / chunkRows * chunkRows;
        }

        return rows;
    }

    private static ColumnEncoder EncoderFor(DataFrameColumn column, int chunkRows) => column switch
    {
        PrimitiveDataFrameColumn<double> c => Primitive(c, DoubleType.Default),
        PrimitiveDataFrameColumn<float> c => Primitive(c, FloatType.Default),
        PrimitiveDataFrameColumn<long> c => Primitive(c, Int64Type.Default),
        PrimitiveDataFrameColumn<int> c => Primitive(c, Int32Type.Default),
        PrimitiveDataFrameColumn<short> c => Primitive(c, Int16Type.Default),
        PrimitiveDataFrameColumn<sbyte> c => Primitive(c, Int8Type.Default),
        PrimitiveDataFrameColumn<ulong> c => Primitive(c, UInt64Type.Default),
        PrimitiveDataFrameColumn<uint> c => Primitive(c, UInt32Type.Default),
        PrimitiveDataFrameColumn<ushort> c => Primitive(c, UInt16Type.Default),
        PrimitiveDataFrameColumn<byte> c => Primitive(c, UInt8Type.Default),
        PrimitiveDataFrameColumn<bool> c => Booleans(c),
        PrimitiveDataFrameColumn<DateTime> c => Timestamps(c),
        PrimitiveDataFrameColumn<decimal> c => Decimals(c),
        ArrowStringDataFrameColumn c when c.GetReadOnlyDataBuffers().Count() == 1 => ArrowStrings(c),
        StringDataFrameColumn or ArrowStringDataFrameColumn => Strings(column, chunkRows),
        _ => throw new NotSupportedException(
            $"Column '{column.Name}' has type {column.DataType.Name}, which Sluice cannot store in Arrow " +
            "(supported: bool, integers, float, double, decimal, DateTime, string)."),
    };

    private static Field FieldOf(DataFrameColumn column, IArrowType type) =>
        new(column.Name, type, nullable: true, StringColumnKind.MetadataOf(column));

    private static ColumnEncoder Primitive<T>(PrimitiveDataFrameColumn<T> column, IArrowType type)
        where T : unmanaged
    {
        var chunks = new ColumnChunks<T>(column.GetReadOnlyDataBuffers(), column.GetReadOnlyNullBitMapBuffers());
        bool hasNulls = column.NullCount > 0;
        return new ColumnEncoder(FieldOf(column, type), (start, length) =>
        {
            (ReadOnlyMemory<T> values, ReadOnlyMemory<byte> validity) = chunks.Get(start, length);
            var data = new ArrowBuffer(CastMemoryManager<T, byte>.Cast(values));
            return Build(type, length, data, hasNulls ? validity : ReadOnlyMemory<byte>.Empty);
        });
    }

    private static ColumnEncoder Booleans(PrimitiveDataFrameColumn<bool> column)
    {
        var chunks = new ColumnChunks<bool>(column.GetReadOnlyDataBuffers(), column.GetReadOnlyNullBitMapBuffers());
        bool hasNulls = column.NullCount > 0;
        return new ColumnEncoder(FieldOf(column, BooleanType.Default), (start, length) =>
        {
            (ReadOnlyMemory<bool> values, ReadOnlyMemory<byte> validity) = chunks.Get(start, length);
            // The frame keeps a byte per bool; Arrow packs them into bits.
            byte[] packed = new byte[(length + 7) >> 3];
            ReadOnlySpan<bool> span = values.Span;
            for (int i = 0; i < span.Length; i++)
            {
                if (span[i])
                {
                    packed[i >> 3] |= (byte)(1 << (i & 7));
                }
            }

            return Build(BooleanType.Default, length, new ArrowBuffer(packed), hasNulls ? validity : default);
        });
    }

    private static ColumnEncoder Timestamps(PrimitiveDataFrameColumn<DateTime> column)
    {
        var type = new TimestampType(TimeUnit.Microsecond, (string?)null);
        var chunks = new ColumnChunks<DateTime>(
            column.GetReadOnlyDataBuffers(), column.GetReadOnlyNullBitMapBuffers());
        bool hasNulls = column.NullCount > 0;
        return new ColumnEncoder(FieldOf(column, type), (start, length) =>
        {
            (ReadOnlyMemory<DateTime> values, ReadOnlyMemory<byte> validity) = chunks.Get(start, length);
            byte[] micros = new byte[length * sizeof(long)];
            Span<long> target = MemoryMarshal.Cast<byte, long>(micros.AsSpan());
            ReadOnlySpan<DateTime> source = values.Span;
            for (int i = 0; i < source.Length; i++)
            {
                // Naive wall-clock time: the ticks as they are, whatever the Kind.
                target[i] = (source[i].Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond;
            }

            return Build(type, length, new ArrowBuffer(micros), hasNulls ? validity : default);
        });
    }

    private static ColumnEncoder Decimals(PrimitiveDataFrameColumn<decimal> column)
    {
        var chunks = new ColumnChunks<decimal>(
            column.GetReadOnlyDataBuffers(), column.GetReadOnlyNullBitMapBuffers());
        int scale = 0;
        foreach (decimal? value in column)
        {
            scale = Math.Max(scale, value?.Scale ?? 0);
        }

        var type = new Decimal128Type(38, scale);
        return new ColumnEncoder(FieldOf(column, type), (start, length) =>
        {
            (ReadOnlyMemory<decimal> values, ReadOnlyMemory<byte> validity) = chunks.Get(start, length);
            var builder = new Decimal128Array.Builder(type);
            builder.Reserve(length);
            ReadOnlySpan<decimal> span = values.Span;
            ReadOnlySpan<byte> valid = validity.Span;
            for (int i = 0; i < span.Length; i++)
            {
                if (BitUtility.GetBit(valid, i))
                {
                    builder.Append(span[i]);
                }
                else
                {
                    builder.AppendNull();
                }
            }

            return builder.Build();
        });
    }

    private static ColumnEncoder ArrowStrings(ArrowStringDataFrameColumn column)
    {
        ReadOnlyMemory<byte> bytes = column.GetReadOnlyDataBuffers().Single();
        ReadOnlyMemory<int> offsets = column.GetReadOnlyOffsetsBuffers().Single();
        ReadOnlyMemory<byte> validity = column.GetReadOnlyNullBitMapBuffers().Single();
        bool hasNulls = column.NullCount > 0;
        return new ColumnEncoder(FieldOf(column, StringType.Default), (start, length) =>
        {
            if (length == 0)
            {
                return new StringArray.Builder().Build();
            }

            ReadOnlySpan<int> source = offsets.Span.Slice(start, length + 1);
            byte[] rebased = new byte[(length + 1) * sizeof(int)];
            Span<int> target = MemoryMarshal.Cast<byte, int>(rebased.AsSpan());
            for (int i = 0; i <= length; i++)
            {
                target[i] = source[i] - source[0];
            }

            ReadOnlyMemory<byte> data = bytes[source[0]..source[length]];
            ReadOnlyMemory<byte> bits = hasNulls ? SliceBits(validity, start, length) : default;
            return new StringArray(length, new ArrowBuffer(rebased), new ArrowBuffer(data), new ArrowBuffer(bits),
                hasNulls ? Bits.CountUnset(bits.Span, 0, length) : 0);
        });
    }

    private static ColumnEncoder Strings(DataFrameColumn column, int chunkRows)
    {
        EncodedStrings strings = EncodedStrings.Encode(column, chunkRows);
        return new ColumnEncoder(FieldOf(column, StringType.Default), strings.Slice, strings);
    }

    private static ReadOnlyMemory<byte> SliceBits(ReadOnlyMemory<byte> bitmap, int start, int length)
    {
        if ((start & 7) == 0)
        {
            return bitmap.Slice(start >> 3, (length + 7) >> 3);
        }

        byte[] bits = new byte[(length + 7) >> 3];
        Bits.Copy(bitmap.Span, start, bits, 0, length);
        return bits;
    }

    private static IArrowArray Build(IArrowType type, int length, ArrowBuffer data, ReadOnlyMemory<byte> validity)
    {
        int nulls = validity.IsEmpty ? 0 : Bits.CountUnset(validity.Span, 0, length);
        ArrowBuffer bitmap = nulls > 0 ? new ArrowBuffer(validity) : ArrowBuffer.Empty;
        return ArrowArrayFactory.BuildArray(new ArrayData(type, length, nulls, 0, [bitmap, data]));
    }
}
