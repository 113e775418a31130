using System.Runtime.InteropServices;

using Microsoft.Data.Analysis;

namespace Sluice.ML.Data;

/// <summary>
/// Builds primitive columns in one piece from a value array and an Arrow-style validity bitmap (bit set = value
/// present), instead of appending row by row, which Microsoft.Data.Analysis makes slow.
/// </summary>
internal static class ColumnFactory
{
    public static PrimitiveDataFrameColumn<T> Create<T>(string name, T[] values, byte[] validity, int nullCount)
        where T : unmanaged
    {
        ReadOnlyMemory<byte> data = MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
        var length = values.Length;

        // The typed subclasses are what the rest of Microsoft.Data.Analysis (LoadCsv, Filter, arithmetic) produces,
        // so code that matches on DoubleDataFrameColumn and code that matches on PrimitiveDataFrameColumn<double>
        // both see the column.
        object column = values switch
        {
            int[] => new Int32DataFrameColumn(name, data, validity, length, nullCount),
            long[] => new Int64DataFrameColumn(name, data, validity, length, nullCount),
            double[] => new DoubleDataFrameColumn(name, data, validity, length, nullCount),
            float[] => new SingleDataFrameColumn(name, data, validity, length, nullCount),
            bool[] => new BooleanDataFrameColumn(name, data, validity, length, nullCount),
            DateTime[] => new DateTimeDataFrameColumn(name, data, validity, length, nullCount),
            short[] => new Int16DataFrameColumn(name, data, validity, length, nullCount),
            byte[] => new ByteDataFrameColumn(name, data, validity, length, nullCount),
            _ => new PrimitiveDataFrameColumn<T>(name, data, validity, length, nullCount),
        };
        return (PrimitiveDataFrameColumn<T>)column;
    }

    /// <summary>Splits nullable values into plain values plus a validity bitmap.</summary>
    public static PrimitiveDataFrameColumn<T> FromNullable<T>(string name, T?[] values)
        where T : unmanaged
    {
        var plain = new T[values.Length];
        var validity = new byte[BitmapLength(values.Length)];
        var nullCount = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is { } value)
            {
                plain[i] = value;
                validity[i >> 3] |= (byte)(1 << (i & 7));
            }
            else
            {
                nullCount++;
            }
        }

        return Create(name, plain, validity, nullCount);
    }

    /// <summary>Wraps values that are all present.</summary>
    public static PrimitiveDataFrameColumn<T> FromValues<T>(string name, T[] values)
        where T : unmanaged
    {
        var validity = new byte[BitmapLength(values.Length)];
        validity.AsSpan().Fill(0xFF);
        return Create(name, values, validity, nullCount: 0);
    }

    public static int BitmapLength(int length) => (length + 7) / 8;
}
