using Sluice.Core;

namespace Sluice.Server.Charts;

/// <summary>
/// A chart computed on the server: only what is drawn (bins, counts, a small table) goes to the browser.
/// </summary>
/// <param name="Chart">The chart as saved with the pipeline.</param>
/// <param name="Title">The heading to show.</param>
/// <param name="Note">A line under the chart, such as how many rows a filter left out.</param>
/// <param name="Series">For histogram, bar, time series and pie: the points.</param>
/// <param name="Table">For the table-shaped charts: the rows.</param>
public sealed record ChartData(ChartDefinition Chart, string Title, string? Note, ChartSeries? Series, ChartTable? Table);

/// <summary>Points of a chart: <paramref name="Shape"/> is bar, line or pie.</summary>
public sealed record ChartSeries(string Shape, IReadOnlyList<string> Labels, IReadOnlyList<double> Values, string XTitle, string YTitle);

/// <summary>A small table: headers and rows of formatted cells.</summary>
public sealed record ChartTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string?>> Rows);
