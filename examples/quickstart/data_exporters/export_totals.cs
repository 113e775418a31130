using System.Globalization;

using Microsoft.Data.Analysis;

using Quickstart.Sales;

using Sluice.ML.Data;

namespace Quickstart;

/// <summary>What the export wrote.</summary>
public sealed record ExportSummary(string Path, int Rows, double Revenue);

/// <summary>Writes the daily totals to <c>{output_folder}/daily_sales.csv</c> and returns what it wrote.</summary>
public static class ExportTotals
{
    [DataExporter]
    public static ExportSummary Export(DataFrame totals, BlockContext context)
    {
        var folder = context.Variables.Get("output_folder", Path.Combine(".sluice", "exports"));
        if (!Path.IsPathRooted(folder))
        {
            folder = Path.Combine(context.Run.ProjectDirectory, folder);
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "daily_sales.csv");
        var days = Columns.ToArray<DateTime>(totals[SalesColumns.Day]);
        var stores = Columns.ToStringArray(totals[SalesColumns.Store]);
        var orders = Columns.ToArray<int>(totals[SalesColumns.Orders]);
        var revenues = Columns.ToArray<double>(totals[SalesColumns.Revenue]);
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine("day,store,orders,revenue");
            for (var i = 0; i < days.Length; i++)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{days[i]:yyyy-MM-dd},{stores[i]},{orders[i]},{revenues[i]:F2}"));
            }
        }

        var revenue = Math.Round(revenues.Sum() ?? 0, 2);
        context.Logger.LogInformation("Wrote {Rows} rows ({Revenue} revenue) to {Path}", totals.Rows.Count, revenue, path);
        return new ExportSummary(path, (int)totals.Rows.Count, revenue);
    }

    [BlockTest]
    public static void TheFileHoldsEveryRow(ExportSummary summary)
    {
        var lines = File.ReadAllLines(summary.Path);
        BlockAssert.Equal(summary.Rows + 1, lines.Length, "The CSV should have a header and one line per row");
        BlockAssert.Equal("day,store,orders,revenue", lines[0], "The CSV header");
    }
}
