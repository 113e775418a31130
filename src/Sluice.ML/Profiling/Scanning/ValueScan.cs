using System.Runtime.CompilerServices;

using Microsoft.Data.Analysis;

namespace Sluice.ML.Profiling.Scanning;

/// <summary>
/// Walks a primitive column through its typed buffers and validity bitmaps (the boxed indexer costs ~100x more),
/// handing every value that the row mask keeps and that is present to a sink. NaN counts as missing, as in pandas.
/// </summary>
internal static partial class ValueScan
{
    public static RowTally Scan<T, TSink>(PrimitiveDataFrameColumn<T> column, bool[]? keep, ref TSink sink)
        where T : unmanaged
        where TSink : struct, IValueSink<T>
    {
        // A local copy, written back at the end, lets the JIT keep the sink's fields in registers; through the ref
        // they would be reloaded after every store the sink makes (the JIT cannot rule out aliasing).
        var local = sink;
        long missing = 0;
        long filteredOut = 0;
        var row = 0;
        var allValid = column.NullCount == 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var values = buffer.Span;
            if (keep is null && allValid)
            {
                // The common case, no filter and no nulls, without the per-row checks.
                foreach (var value in values)
                {
                    if (IsNaN(value))
                    {
                        missing++;
                    }
                    else
                    {
                        local.Add(value);
                    }
                }

                row += values.Length;
                continue;
            }

            var validity = bitmaps.Current.Span;
            if (keep is null)
            {
                // Nulls but no filter: whole bytes of the bitmap are usually all set, so 8 rows at a time skip the
                // per-row bit test.
                for (var i = 0; i < values.Length; i += 8)
                {
                    var end = Math.Min(i + 8, values.Length);
                    var bits = validity[i >> 3];
                    for (var j = i; j < end; j++)
                    {
                        if ((bits != 0xFF && ((bits >> (j & 7)) & 1) == 0) || IsNaN(values[j]))
                        {
                            missing++;
                        }
                        else
                        {
                            local.Add(values[j]);
                        }
                    }
                }

                row += values.Length;
                continue;
            }

            var kept = keep.AsSpan(row, values.Length);
            for (var i = 0; i < values.Length; i++)
            {
                if (!kept[i])
                {
                    filteredOut++;
                }
                else if ((!allValid && ((validity[i >> 3] >> (i & 7)) & 1) == 0) || IsNaN(values[i]))
                {
                    missing++;
                }
                else
                {
                    local.Add(values[i]);
                }
            }

            row += values.Length;
        }

        sink = local;
        return new RowTally(missing, filteredOut);
    }

    /// <summary>Whether a value is a floating-point NaN; the type tests fold away when the JIT specializes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNaN<T>(T value)
        where T : unmanaged =>
        (typeof(T) == typeof(double) && double.IsNaN(Unsafe.BitCast<T, double>(value)))
        || (typeof(T) == typeof(float) && float.IsNaN(Unsafe.BitCast<T, float>(value)));
}
