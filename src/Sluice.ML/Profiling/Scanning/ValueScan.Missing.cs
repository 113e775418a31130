using Microsoft.Data.Analysis;

namespace Sluice.ML.Profiling.Scanning;

internal static partial class ValueScan
{
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
