using Microsoft.Data.Analysis;

namespace Sluice.ML.Data;

/// <summary>
/// Moves whole columns in and out of plain arrays. Microsoft.Data.Analysis builds and enumerates columns one value at
/// a time, which costs tens of milliseconds per 100k rows; these copy buffers instead.
/// </summary>
public static class Columns
{
    /// <summary>The values of a primitive column, nulls included.</summary>
    /// <exception cref="ArgumentException">The column does not hold <typeparamref name="T"/> values.</exception>
    public static T?[] ToArray<T>(DataFrameColumn column)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column is not PrimitiveDataFrameColumn<T> typed)
        {
            throw new ArgumentException(
                $"Column '{column.Name}' holds {column.DataType.Name} values, not {typeof(T).Name}.", nameof(column));
        }

        var result = new T?[typed.Length];
        var offset = 0;
        using var bitmaps = typed.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (var buffer in typed.GetReadOnlyDataBuffers())
        {
            bitmaps.MoveNext();
            var values = buffer.Span;
            var validity = bitmaps.Current.Span;
            var allValid = typed.NullCount == 0;
            for (var i = 0; i < values.Length; i++)
            {
                result[offset + i] = allValid || ((validity[i >> 3] >> (i & 7)) & 1) != 0 ? values[i] : null;
            }

            offset += values.Length;
        }

        return result;
    }

    /// <summary>The values of a string column, nulls included.</summary>
    /// <exception cref="ArgumentException">The column is not a string column.</exception>
    public static string?[] ToStringArray(DataFrameColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column switch
        {
            StringDataFrameColumn strings => [.. strings],
            ArrowStringDataFrameColumn arrow => [.. arrow],
            _ => throw new ArgumentException(
                $"Column '{column.Name}' holds {column.DataType.Name} values, not strings.", nameof(column)),
        };
    }

    /// <summary>A column of <paramref name="values"/>; null entries become null cells.</summary>
    public static PrimitiveDataFrameColumn<T> Create<T>(string name, T?[] values)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(values);
        return ColumnFactory.FromNullable(name, values);
    }

    /// <summary>A column of <paramref name="values"/>, all present. The array is copied.</summary>
    public static PrimitiveDataFrameColumn<T> Create<T>(string name, T[] values)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(values);
        return ColumnFactory.FromValues(name, values);
    }
}
