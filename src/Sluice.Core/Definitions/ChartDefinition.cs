namespace Sluice.Core;

/// <summary>
/// A chart of one block's output, saved with the pipeline in the <c>charts</c> list of pipeline.yaml so the editor
/// shows it again next time. Which optional values a chart needs depends on its <see cref="Kind"/>; the engine
/// checks them when it reads or saves the pipeline.
/// </summary>
/// <param name="Block">The name of the block whose output the chart shows; a block of the same pipeline.</param>
/// <param name="Kind">What the chart shows.</param>
public sealed record ChartDefinition(string Block, ChartKind Kind)
{
    /// <summary>The column the chart is about; required by histograms, bars, time series, pies and most-frequent charts.</summary>
    public string? Column { get; init; }

    /// <summary>How many buckets a histogram has, from 1 to 500; null for the viewer's default.</summary>
    public int? Buckets { get; init; }

    /// <summary>A row filter applied before charting, kept as text (e.g. <c>trip_distance &lt;= 20</c>); null for every row.</summary>
    public string? Filter { get; init; }

    /// <summary>How a time series groups time: <c>hour</c>, <c>day</c>, <c>week</c> or <c>month</c>; null for the viewer's default.</summary>
    public string? TimeBucket { get; init; }

    /// <summary>How many rows or values the chart shows at most (tables, most-frequent values); null for the viewer's default.</summary>
    public int? Limit { get; init; }

    /// <summary>The chart's heading; null for one made from the kind and column.</summary>
    public string? Title { get; init; }
}
