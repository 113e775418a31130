using Microsoft.Data.Analysis;

namespace Sluice.ML.Tests.Data;

internal static class ColumnValues
{
    /// <summary>The column's values, boxed, nulls included, for whole-column assertions.</summary>
    public static object?[] Of(DataFrameColumn column) => column.Cast<object?>().ToArray();
}
