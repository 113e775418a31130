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
        var values = Columns.ToArray<T>(column);
        var kept = new T?[keep.Count(flag => flag)];
        var next = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (keep[i])
            {
                kept[next++] = values[i];
            }
        }

        return ColumnFactory.FromNullable(column.Name, kept);
    }
}
