using Microsoft.Data.Analysis;

namespace Sluice.ML.Profiling.Scanning;

/// <summary>The short type names the editor shows ("int", "double", "string", "datetime", ...).</summary>
internal static class ColumnTypes
{
    public static string FriendlyName(DataFrameColumn column) => column.DataType switch
    {
        var t when t == typeof(int) => "int",
        var t when t == typeof(long) => "long",
        var t when t == typeof(short) => "short",
        var t when t == typeof(sbyte) => "sbyte",
        var t when t == typeof(byte) => "byte",
        var t when t == typeof(uint) => "uint",
        var t when t == typeof(ulong) => "ulong",
        var t when t == typeof(ushort) => "ushort",
        var t when t == typeof(double) => "double",
        var t when t == typeof(float) => "float",
        var t when t == typeof(decimal) => "decimal",
        var t when t == typeof(bool) => "bool",
        var t when t == typeof(DateTime) => "datetime",
        var t when t == typeof(string) => "string",
        var t when t == typeof(char) => "char",
        var t => t.Name,
    };

    public static bool IsString(DataFrameColumn column) => column is StringDataFrameColumn or ArrowStringDataFrameColumn;
}
