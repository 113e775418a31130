using Microsoft.Data.Analysis;

namespace Sluice.ML.Data;

/// <summary>Joins same-typed columns end to end by copying their buffers.</summary>
internal static class ColumnConcatenator
{
    public static DataFrameColumn Concat(string name, IReadOnlyList<DataFrameColumn> parts)
    {
        var type = parts[0].DataType;
        return type switch
        {
            _ when type == typeof(string) => ConcatStrings(name, parts),
            _ when type == typeof(int) => ConcatPrimitive<int>(name, parts),
            _ when type == typeof(long) => ConcatPrimitive<long>(name, parts),
            _ when type == typeof(double) => ConcatPrimitive<double>(name, parts),
            _ when type == typeof(float) => ConcatPrimitive<float>(name, parts),
            _ when type == typeof(bool) => ConcatPrimitive<bool>(name, parts),
            _ when type == typeof(DateTime) => ConcatPrimitive<DateTime>(name, parts),
            _ when type == typeof(short) => ConcatPrimitive<short>(name, parts),
            _ when type == typeof(byte) => ConcatPrimitive<byte>(name, parts),
            _ when type == typeof(decimal) => ConcatPrimitive<decimal>(name, parts),
            _ => throw new ArgumentException($"Column '{name}' has type {type.Name}, which Concat does not support."),
        };
    }

    private static StringDataFrameColumn ConcatStrings(string name, IReadOnlyList<DataFrameColumn> parts)
    {
        var values = new string?[parts.Sum(part => part.Length)];
        var offset = 0;
        foreach (var part in parts)
        {
            if (part is StringDataFrameColumn strings)
            {
                foreach (var value in strings)
                {
                    values[offset++] = value;
                }
            }
            else
            {
                // Other string columns (ArrowStringDataFrameColumn) expose their values through the indexer only.
                for (long i = 0; i < part.Length; i++)
                {
                    values[offset++] = (string?)part[i];
                }
            }
        }

        return new StringDataFrameColumn(name, values);
    }

    private static PrimitiveDataFrameColumn<T> ConcatPrimitive<T>(string name, IReadOnlyList<DataFrameColumn> parts)
        where T : unmanaged
    {
        var values = new T[parts.Sum(part => part.Length)];
        var validity = new byte[ColumnFactory.BitmapLength(values.Length)];
        var offset = 0;
        var nullCount = 0;
        foreach (var part in parts)
        {
            var column = part as PrimitiveDataFrameColumn<T>
                ?? throw new ArgumentException(
                    $"Column '{name}' is a {part.GetType().Name}, which Concat cannot copy as {typeof(T).Name}.");
            nullCount += (int)column.NullCount;
            using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
            foreach (var buffer in column.GetReadOnlyDataBuffers())
            {
                bitmaps.MoveNext();
                buffer.Span.CopyTo(values.AsSpan(offset));
                CopyValidity(bitmaps.Current.Span, buffer.Length, validity, offset, allValid: column.NullCount == 0);
                offset += buffer.Length;
            }
        }

        return ColumnFactory.Create(name, values, validity, nullCount);
    }

    private static void CopyValidity(ReadOnlySpan<byte> source, int count, byte[] target, int offset, bool allValid)
    {
        for (var i = 0; i < count; i++)
        {
            if (allValid || ((source[i >> 3] >> (i & 7)) & 1) != 0)
            {
                var bit = offset + i;
                target[bit >> 3] |= (byte)(1 << (bit & 7));
            }
        }
    }
}
