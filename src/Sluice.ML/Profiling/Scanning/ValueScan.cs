using System.Runtime.CompilerServices;

using Microsoft.Data.Analysis;

namespace Sluice.ML.Profiling.Scanning;

/// <summary>
/// Walks a primitive column through its typed buffers and validity bitmaps (the boxed indexer costs ~100x more),
/// handing every value that the row mask keeps and that is present to a sink. NaN counts as missing, as in pandas.
/// </summary>
internal static class ValueScan
{
    public static RowTally Scan<T, TSink>(PrimitiveDataFrameColumn<T> column, bool[]? keep, ref TSink sink)
        where T : unmanaged
        where TSink : struct, IValueSink<T>
    {
        long missing = 0;
        long filteredOut = 0;
        var row = 0;
        var allValid = column.NullCount == 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var values = buffer.Span;
            var validity = bitmaps.Current.Span;
            var kept = keep is null ? default : keep.AsSpan(row, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                if (keep is not null && !kept[i])
                {
                    filteredOut++;
                }
                else if ((!allValid && ((validity[i >> 3] >> (i & 7)) & 1) == 0) || IsNaN(values[i]))
                {
                    missing++;
                }
                else
                {
                    sink.Add(values[i]);
                }
            }

            row += values.Length;
        }

        return new RowTally(missing, filteredOut);
    }

    /// <summary>Whether a value is a floating-point NaN; the type tests fold away when the JIT specializes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNaN<T>(T value)
        where T : unmanaged =>
        (typeof(T) == typeof(double) && double.IsNaN(Unsafe.BitCast<T, double>(value)))
        || (typeof(T) == typeof(float) && float.IsNaN(Unsafe.BitCast<T, float>(value)));

    /// <summary>The number of rows that are null, or NaN in a floating-point column.</summary>
    public static long CountMissing(DataFrameColumn column) => column switch
    {
        PrimitiveDataFrameColumn<double> doubles => column.NullCount + CountNaN(doubles),
        PrimitiveDataFrameColumn<float> floats => column.NullCount + CountNaN(floats),
        _ => column.NullCount,
    };

    private static long CountNaN<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged
    {
        long count = 0;
        var allValid = column.NullCount == 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var values = buffer.Span;
            var validity = bitmaps.Current.Span;
            for (var i = 0; i < values.Length; i++)
            {
                if (IsNaN(values[i]) && (allValid || ((validity[i >> 3] >> (i & 7)) & 1) != 0))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
