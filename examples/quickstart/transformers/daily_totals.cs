using Microsoft.Data.Analysis;

using Quickstart.Sales;

using Sluice.ML.Data;

namespace Quickstart;

/// <summary>One row per day and store: the number of orders and the revenue.</summary>
public static class DailyTotalsBlock
{
    [Transformer]
    public static DataFrame Aggregate(DataFrame sales) => DailyTotals.Compute(sales);

    [BlockTest]
    public static void EveryOrderIsCountedOnce(DataFrame totals)
    {
        var orders = Columns.ToArray<int>(totals[SalesColumns.Orders]).Sum();
        BlockAssert.True(orders > 0, "The totals should count some orders");
        var revenue = Columns.ToArray<double>(totals[SalesColumns.Revenue]);
        BlockAssert.True(revenue.All(value => value > 0), "Every day and store with orders should have revenue");
    }
}
