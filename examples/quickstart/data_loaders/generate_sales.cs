using Microsoft.Data.Analysis;

using Quickstart.Sales;

using Sluice.ML.Data;

namespace Quickstart;

/// <summary>
/// Makes a month of sales lines. The same <c>seed</c> always gives the same data. About one line in fifty is bad on
/// purpose (no store, or a quantity of zero or less) so that the next block has something to clean.
/// </summary>
public static class GenerateSales
{
    private static readonly string[] Stores = ["Amsterdam", "Berlin", "Lisbon", "Oslo", "Prague"];

    [DataLoader]
    public static DataFrame Load(BlockContext context)
    {
        var rows = context.Variables.Get("rows", 10_000);
        var random = new Random(context.Variables.Get("seed", 42));

        var days = new DateTime[rows];
        var stores = new string?[rows];
        var quantities = new int[rows];
        var prices = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            days[i] = new DateTime(2024, 1, 1).AddDays(random.Next(31));
            stores[i] = random.Next(100) == 0 ? null : Stores[random.Next(Stores.Length)];
            quantities[i] = random.Next(100) == 0 ? -random.Next(1, 5) : random.Next(1, 10);
            prices[i] = Math.Round(1 + (random.NextDouble() * 49), 2);
        }

        context.Logger.LogInformation("Generated {Rows} sales lines with seed {Seed}", rows, context.Variables.Get("seed", 42));
        return new DataFrame(
            Columns.Create(SalesColumns.Day, days),
            new StringDataFrameColumn(SalesColumns.Store, stores),
            Columns.Create(SalesColumns.Quantity, quantities),
            Columns.Create(SalesColumns.UnitPrice, prices));
    }

    [BlockTest]
    public static void HasTheRequestedRows(DataFrame sales, BlockContext context)
    {
        BlockAssert.Equal(context.Variables.Get("rows", 10_000), (int)sales.Rows.Count, "The generator should make one line per requested row");
    }
}
