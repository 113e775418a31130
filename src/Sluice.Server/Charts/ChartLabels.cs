using Sluice.Core;

namespace Sluice.Server.Charts;

/// <summary>How the chart picker names each kind.</summary>
public static class ChartLabels
{
    /// <summary>The picker's label for <paramref name="kind"/>.</summary>
    public static string Of(ChartKind kind) => kind switch
    {
        ChartKind.Histogram => "Histogram",
        ChartKind.Bar => "Bar chart",
        ChartKind.TimeSeries => "Time series",
        ChartKind.Pie => "Pie chart",
        ChartKind.Table => "Table",
        ChartKind.MissingValues => "Missing values",
        ChartKind.UniqueValues => "Unique values",
        ChartKind.MostFrequent => "Most frequent values",
        ChartKind.SummaryStatistics => "Summary statistics",
        ChartKind.FeatureProfiles => "Feature profiles",
        _ => kind.ToString(),
    };
}
