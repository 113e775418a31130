using System.Runtime.InteropServices;
using System.Text;

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
    public const int BatchRows = 64 * 1024;

    public static void Write(DataFrame frame, Stream stream)
    {
        int rowCount = checked((int)frame.Rows.Count);
        ColumnEncoder[] encoders = [.. frame.Columns.Select(EncoderFor)];
        var schema = new Schema(encoders.Select(encoder => encoder.Field), metadata: null);
        using var writer = new ArrowFileWriter(stream, schema, leaveOpen: true);

        // An empty frame still gets one (empty) batch: Arrow's file writer writes the schema with the first batch.
        for (int start = 0; start < rowCount || start == 0; start += BatchRows)
        {
            int length = Math.Min(BatchRows, rowCount - start);
            IArrowArray[] arrays = [.. encoders.Select(encoder => encoder.Encode(start, length))];
            using var batch = new RecordBatch(schema, arrays, length);
            writer.WriteRecordBatch(batch);
        }

        writer.WriteEnd();
    }

    private static ColumnEncoder EncoderFor(DataFrameColumn column) => column switch
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
        StringDataFrameColumn or ArrowStringDataFrameColumn => Strings(column),
        _ => throw new NotSupportedException(
            $"Column '{column.Name}' has type {column.DataType.Name}, which Sluice cannot store in Arrow " +
            "(supported: bool, integers, float, double, decimal, DateTime, string)."),
    };

    private static Field FieldOf(DataFrameColumn column, IArrowType type) =>
        new(column.Name, type, nullable: true);

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
        ColumnEncoder general = Strings(column);
        return new ColumnEncoder(FieldOf(column, StringType.Default), (start, length) =>
        {
            if (length == 0)
            {
                return general.Encode(start, length);
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

    private static ColumnEncoder Strings(DataFrameColumn column)
    {
        // Batches are asked for in order, so one enumerator walks the column; the indexer is much slower per value.
        IEnumerator<string?>? values = null;
        int next = -1;
        return new ColumnEncoder(FieldOf(column, StringType.Default), (start, length) =>
        {
            if (start != next || values is null)
            {
                values?.Dispose();
                values = Enumerate(column).Skip(start).GetEnumerator();
            }

            next = start + length;
            byte[] offsetBytes = new byte[(length + 1) * sizeof(int)];
            Span<int> offsets = MemoryMarshal.Cast<byte, int>(offsetBytes.AsSpan());
            byte[] validity = new byte[(length + 7) >> 3];
            byte[] data = new byte[length * 8];
            int size = 0;
            int nulls = 0;
            for (int i = 0; i < length; i++)
            {
                values.MoveNext();
                if (values.Current is string value)
                {
                    int needed = Encoding.UTF8.GetMaxByteCount(value.Length);
                    if (size + needed > data.Length)
                    {
                        System.Array.Resize(ref data, Math.Max(data.Length * 2, size + needed));
                    }

                    size += Encoding.UTF8.GetBytes(value, data.AsSpan(size));
                    BitUtility.SetBit(validity, i);
                }
                else
                {
                    nulls++;
                }

                offsets[i + 1] = size;
            }

            return new StringArray(length, new ArrowBuffer(offsetBytes), new ArrowBuffer(data.AsMemory(0, size)),
                nulls > 0 ? new ArrowBuffer(validity) : ArrowBuffer.Empty, nulls);
        });
    }

    private static IEnumerable<string?> Enumerate(DataFrameColumn column) => column switch
    {
        StringDataFrameColumn strings => strings,
        ArrowStringDataFrameColumn arrow => arrow,
        _ => throw new ArgumentException($"Column '{column.Name}' is not a string column.", nameof(column)),
    };

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
