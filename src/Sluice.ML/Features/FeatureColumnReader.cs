using System.Buffers;
using System.Numerics;
using System.Text;

using Microsoft.Data.Analysis;

namespace Sluice.ML.Features;

/// <summary>
/// Reads whole frame columns through their buffers: per-row <c>DataFrameRow</c> access is orders of magnitude slower
/// in Microsoft.Data.Analysis, and the course vectorizes ~106k rows three times.
/// </summary>
internal static class FeatureColumnReader
{
    public static bool IsString(DataFrameColumn column) =>
        column is StringDataFrameColumn or ArrowStringDataFrameColumn;

    public static bool IsNumeric(DataFrameColumn column) => column switch
    {
        PrimitiveDataFrameColumn<double> or PrimitiveDataFrameColumn<float> or PrimitiveDataFrameColumn<decimal>
            or PrimitiveDataFrameColumn<long> or PrimitiveDataFrameColumn<int> or PrimitiveDataFrameColumn<short>
            or PrimitiveDataFrameColumn<sbyte> or PrimitiveDataFrameColumn<ulong> or PrimitiveDataFrameColumn<uint>
            or PrimitiveDataFrameColumn<ushort> or PrimitiveDataFrameColumn<byte>
            or PrimitiveDataFrameColumn<bool> => true,
        _ => false,
    };

    /// <summary>Calls <paramref name="visit"/> for every non-null cell of a string column.</summary>
    public static void VisitStrings(DataFrameColumn column, StringValueVisitor visit)
    {
        switch (column)
        {
            case StringDataFrameColumn strings:
                int row = 0;
                foreach (string? value in strings)
                {
                    if (value is not null)
                    {
                        visit(row, value);
                    }

                    row++;
                }

                break;
            case ArrowStringDataFrameColumn arrow:
                VisitArrowStrings(arrow, visit);
                break;
            default:
                throw new ArgumentException($"Column '{column.Name}' is not a string column.", nameof(column));
        }
    }

    /// <summary>
    /// Writes each non-null cell of a numeric column to <paramref name="values"/> and marks it in
    /// <paramref name="present"/>; bools become 0 and 1.
    /// </summary>
    public static void ReadNumbers(DataFrameColumn column, Span<double> values, Span<bool> present)
    {
        switch (column)
        {
            case PrimitiveDataFrameColumn<double> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<float> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<decimal> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<long> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<int> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<short> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<sbyte> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<ulong> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<uint> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<ushort> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<byte> c: ReadNumbers(c, values, present); break;
            case PrimitiveDataFrameColumn<bool> c: ReadBooleans(c, values, present); break;
            default:
                throw new ArgumentException(
                    $"Column '{column.Name}' of type {column.DataType.Name} is neither a string nor a number column.",
                    nameof(column));
        }
    }

    private static void ReadNumbers<T>(PrimitiveDataFrameColumn<T> column, Span<double> values, Span<bool> present)
        where T : unmanaged, INumberBase<T>
    {
        int row = 0;
        using IEnumerator<ReadOnlyMemory<byte>> bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (ReadOnlyMemory<T> buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            ReadOnlySpan<byte> valid = bitmaps.Current.Span;
            ReadOnlySpan<T> data = buffer.Span;
            for (int i = 0; i < data.Length && row < values.Length; i++, row++)
            {
                if ((valid[i >> 3] & (1 << (i & 7))) != 0)
                {
                    values[row] = double.CreateTruncating(data[i]);
                    present[row] = true;
                }
            }
        }
    }

    private static void ReadBooleans(PrimitiveDataFrameColumn<bool> column, Span<double> values, Span<bool> present)
    {
        int row = 0;
        using IEnumerator<ReadOnlyMemory<byte>> bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (ReadOnlyMemory<bool> buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            ReadOnlySpan<byte> valid = bitmaps.Current.Span;
            ReadOnlySpan<bool> data = buffer.Span;
            for (int i = 0; i < data.Length && row < values.Length; i++, row++)
            {
                if ((valid[i >> 3] & (1 << (i & 7))) != 0)
                {
                    values[row] = data[i] ? 1d : 0d;
                    present[row] = true;
                }
            }
        }
    }

    private static void VisitArrowStrings(ArrowStringDataFrameColumn column, StringValueVisitor visit)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(256);
        try
        {
            int row = 0;
            using IEnumerator<ReadOnlyMemory<int>> offsetBuffers = column.GetReadOnlyOffsetsBuffers().GetEnumerator();
            using IEnumerator<ReadOnlyMemory<byte>> bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
            foreach (ReadOnlyMemory<byte> buffer in column.GetReadOnlyDataBuffers())
            {
                offsetBuffers.MoveNext();
                bitmaps.MoveNext();
                ReadOnlySpan<int> offsets = offsetBuffers.Current.Span;
                ReadOnlySpan<byte> valid = bitmaps.Current.Span;
                ReadOnlySpan<byte> bytes = buffer.Span;
                for (int i = 0; i + 1 < offsets.Length; i++, row++)
                {
                    if (valid.Length > 0 && (valid[i >> 3] & (1 << (i & 7))) == 0)
                    {
                        continue;
                    }

                    ReadOnlySpan<byte> utf8 = bytes[offsets[i]..offsets[i + 1]];
                    if (chars.Length < utf8.Length)
                    {
                        ArrayPool<char>.Shared.Return(chars);
                        chars = ArrayPool<char>.Shared.Rent(utf8.Length);
                    }

                    int length = Encoding.UTF8.GetChars(utf8, chars);
                    visit(row, chars.AsSpan(0, length));
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
