using Microsoft.Data.Analysis;

namespace Sluice.ML.Data;

/// <summary>Keeps the rows of a column whose mask entry is true, copying values in one pass.</summary>
internal static class ColumnFilter
{
    public static DataFrameColumn Filter(DataFrameColumn column, bool[] keep) => column switch
    {
        StringDataFrameColumn or ArrowStringDataFrameColumn => FilterStrings(column, keep),
        PrimitiveDataFrameColumn<int> typed => FilterPrimitive(typed, keep),
        PrimitiveDataFrameColumn<long> typed => FilterPrimitive(typed, keep),
        PrimitiveDataFrameColumn<double> typed => FilterPrimitive(typed, keep),
        PrimitiveDataFrameColumn<float> typed => FilterPrimitive(typed, keep),
        PrimitiveDataFrameColumn<bool> typed => FilterPrimitive(typed, keep),
        PrimitiveDataFrameColumn<DateTime> typed => FilterPrimitive(typed, keep),
        PrimitiveDataFrameColumn<short> typed => FilterPrimitive(typed, keep),
        PrimitiveDataFrameColumn<byte> typed => FilterPrimitive(typed, keep),
        PrimitiveDataFrameColumn<decimal> typed => FilterPrimitive(typed, keep),

        // Anything else goes through Microsoft.Data.Analysis's own (slower) filter.
        _ => new DataFrame(column).Filter(new BooleanDataFrameColumn("keep", keep)).Columns[0],
    };

    private static StringDataFrameColumn FilterStrings(DataFrameColumn column, bool[] keep)
    {
        var values = Columns.ToStringArray(column);
        var kept = new List<string?>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            if (keep[i])
            {
                kept.Add(values[i]);
            }
        }

        return new StringDataFrameColumn(column.Name, kept);
    }

    private static PrimitiveDataFrameColumn<T> FilterPrimitive<T>(PrimitiveDataFrameColumn<T> column, bool[] keep)
        where T : unmanaged
    {
        var kept = new T[CountKept(keep)];
        var validity = new byte[ColumnFactory.BitmapLength(kept.Length)];
        var allValid = column.NullCount == 0;
        var row = 0;
        var next = 0;
        var nullCount = 0;
        using var bitmaps = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var values = buffer.Span;
            var sourceValidity = bitmaps.Current.Span;
            for (var i = 0; i < values.Length; i++, row++)
            {
                if (!keep[row])
                {
                    continue;
                }

                if (allValid || ((sourceValidity[i >> 3] >> (i & 7)) & 1) != 0)
                {
                    kept[next] = values[i];
                    validity[next >> 3] |= (byte)(1 << (next & 7));
                }
                else
                {
                    nullCount++;
                }

                next++;
            }
        }

        return ColumnFactory.Create(column.Name, kept, validity, nullCount);
    }

    private static int CountKept(bool[] keep)
    {
        var count = 0;
        foreach (var flag in keep)
        {
            count += flag ? 1 : 0;
        }

        return count;
    }
}
