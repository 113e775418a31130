using Microsoft.Data.Analysis;

namespace Sluice.ML.Profiling.Scanning;

/// <summary>Recognizes the primitive numeric columns and hands them, typed, to a visitor.</summary>
internal static class NumericColumns
{
    /// <summary>Whether the column holds numbers (bool and DateTime are not numbers here).</summary>
    public static bool IsNumeric(DataFrameColumn column) => column is PrimitiveDataFrameColumn<double>
        or PrimitiveDataFrameColumn<float> or PrimitiveDataFrameColumn<decimal> or PrimitiveDataFrameColumn<long>
        or PrimitiveDataFrameColumn<int> or PrimitiveDataFrameColumn<short> or PrimitiveDataFrameColumn<sbyte>
        or PrimitiveDataFrameColumn<ulong> or PrimitiveDataFrameColumn<uint> or PrimitiveDataFrameColumn<ushort>
        or PrimitiveDataFrameColumn<byte>;

    public static TResult Accept<TResult>(DataFrameColumn column, INumericColumnVisitor<TResult> visitor) => column switch
    {
        PrimitiveDataFrameColumn<double> typed => visitor.Visit(typed),
        PrimitiveDataFrameColumn<float> typed => visitor.Visit(typed),
        PrimitiveDataFrameColumn<decimal> typed => visitor.Visit(typed),
        PrimitiveDataFrameColumn<long> typed => visitor.Visit(typed),
        PrimitiveDataFrameColumn<int> typed => visitor.Visit(typed),
        PrimitiveDataFrameColumn<short> typed => visitor.Visit(typed),
        PrimitiveDataFrameColumn<sbyte> typed => visitor.Visit(typed),
        PrimitiveDataFrameColumn<ulong> typed => visitor.Visit(typed),
        PrimitiveDataFrameColumn<uint> typed => visitor.Visit(typed),
        PrimitiveDataFrameColumn<ushort> typed => visitor.Visit(typed),
        PrimitiveDataFrameColumn<byte> typed => visitor.Visit(typed),
        _ => throw new ArgumentException($"Column '{column.Name}' is {ColumnTypes.FriendlyName(column)}, not a number column."),
    };
}
