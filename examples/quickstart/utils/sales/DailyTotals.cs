using Microsoft.Data.Analysis;

using Sluice.ML.Data;

namespace Quickstart.Sales;

/// <summary>Totals sales per (day, store), sorted by day then store.</summary>
public static class DailyTotals
{
    public static DataFrame Compute(DataFrame sales)
    {
        var days = Columns.ToArray<DateTime>(sales[SalesColumns.Day]);
        var stores = Columns.ToStringArray(sales[SalesColumns.Store]);
        var quantities = Columns.ToArray<int>(sales[SalesColumns.Quantity]);
        var prices = Columns.ToArray<double>(sales[SalesColumns.UnitPrice]);

        var totals = new SortedDictionary<(DateTime Day, string Store), (int Orders, double Revenue)>();
        for (var i = 0; i < days.Length; i++)
        {
            var key = (days[i]!.Value, stores[i]!);
            var (orders, revenue) = totals.GetValueOrDefault(key);
            totals[key] = (orders + 1, revenue + (quantities[i]!.Value * prices[i]!.Value));
        }

        return new DataFrame(
            Columns.Create(SalesColumns.Day, totals.Keys.Select(key => key.Day).ToArray()),
            new StringDataFrameColumn(SalesColumns.Store, totals.Keys.Select(key => key.Store)),
            Columns.Create(SalesColumns.Orders, totals.Values.Select(total => total.Orders).ToArray()),
            Columns.Create(SalesColumns.Revenue, totals.Values.Select(total => Math.Round(total.Revenue, 2)).ToArray()));
    }
}
