using Sluice.Engine.Tests.Support;

namespace Sluice.Server.Tests.Support;

/// <summary>
/// A temp copy of the quickstart whose daily totals are the data product <c>totals</c> (max age 10 minutes), reused by
/// a pipeline <c>report</c>: <c>totals</c> then <c>count_rows</c>, which counts its rows.
/// </summary>
public static class DataProductExample
{
    /// <summary>Creates the copy and returns its folder.</summary>
    public static string Create()
    {
        var folder = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "quickstart"));
        File.AppendAllText(Path.Combine(folder, "sluice.yaml"), """
            data_products:
              totals:
                pipeline: daily_sales
                block: daily_totals
                max_age: 10m

            """);
        Directory.CreateDirectory(Path.Combine(folder, "pipelines", "report"));
        File.WriteAllText(Path.Combine(folder, "pipelines", "report", "pipeline.yaml"), """
            blocks:
              - name: totals
                data_product: totals
              - name: count_rows
                kind: transformer
                upstream: [totals]
            """);
        File.WriteAllText(Path.Combine(folder, "transformers", "count_rows.cs"), """
            public static class CountRows
            {
                [Transformer]
                public static long Run(DataFrame totals) => totals.Rows.Count;
            }
            """);
        return folder;
    }
}
