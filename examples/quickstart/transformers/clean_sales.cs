using Microsoft.Data.Analysis;

using Quickstart.Sales;

using Sluice.ML.Data;

namespace Quickstart;

/// <summary>Drops lines without a store or with a quantity below one.</summary>
public static class CleanSales
{
    [Transformer]
    public static DataFrame Clean(DataFrame sales, BlockContext context)
    {
        var stores = Columns.ToStringArray(sales[SalesColumns.Store]);
        var quantities = Columns.ToArray<int>(sales[SalesColumns.Quantity]);
        var keep = new bool[stores.Length];
        for (var i = 0; i < keep.Length; i++)
        {
            keep[i] = stores[i] is not null && quantities[i] >= 1;
        }

        var cleaned = Frames.Filter(sales, keep);
        context.Logger.LogInformation("Kept {Kept} of {Total} sales lines", cleaned.Rows.Count, sales.Rows.Count);
        return cleaned;
    }

    [BlockTest]
    public static void NoBadLinesRemain(DataFrame cleaned)
    {
        BlockAssert.Equal(0L, cleaned[SalesColumns.Store].NullCount, "No line should lack a store");
        var smallest = Columns.ToArray<int>(cleaned[SalesColumns.Quantity]).Min();
        BlockAssert.True(smallest >= 1, $"Every quantity should be at least 1, but the smallest is {smallest}");
    }
}
