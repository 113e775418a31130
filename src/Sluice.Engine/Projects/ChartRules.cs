using Sluice.Core;

namespace Sluice.Engine.Projects;

/// <summary>
/// The checks a chart must pass, shared by pipeline.yaml's reader and the editor so both refuse the same charts in
/// the same words.
/// </summary>
internal static class ChartRules
{
    /// <summary>How messages name chart <paramref name="number"/> (counted from 1): <c>chart 2 (histogram)</c>.</summary>
    public static string Subject(int number, ChartDefinition chart) =>
        ChartKinds.IsKnown(chart.Kind) ? $"chart {number} ({ChartKinds.YamlName(chart.Kind)})" : $"chart {number}";

    /// <summary>
    /// The first thing wrong with <paramref name="chart"/> in a pipeline whose blocks are <paramref name="blocks"/>,
    /// or null. The reason reads after <see cref="Subject"/>.
    /// </summary>
    public static ChartProblem? Find(ChartDefinition chart, IReadOnlyList<string> blocks)
    {
        if (!ChartKinds.IsKnown(chart.Kind))
        {
            return new("type", $"has unknown type {(int)chart.Kind}; use one of: {string.Join(", ", ChartKinds.Names)}");
        }

        if (!blocks.Contains(chart.Block, StringComparer.Ordinal))
        {
            return new("block", blocks.Count == 0
                ? $"names block '{chart.Block}', but the pipeline has no blocks"
                : $"names block '{chart.Block}', which is not a block of this pipeline; it has: {string.Join(", ", blocks)}");
        }

        if (ChartKinds.NeedsColumn(chart.Kind) && string.IsNullOrWhiteSpace(chart.Column))
        {
            return new("column", $"needs a column: a {ChartKinds.YamlName(chart.Kind)} chart shows one column");
        }

        if (chart.Buckets is { } buckets && buckets is < 1 or > ChartKinds.MaxBuckets)
        {
            return new("buckets", $"has buckets {buckets}; use 1 to {ChartKinds.MaxBuckets}");
        }

        if (chart.Limit is { } limit && limit is < 1 or > ChartKinds.MaxLimit)
        {
            return new("limit", $"has limit {limit}; use 1 to {ChartKinds.MaxLimit}");
        }

        return chart.TimeBucket is { } bucket && !ChartKinds.TimeBuckets.Contains(bucket, StringComparer.Ordinal)
            ? new("time_bucket", $"has time_bucket '{bucket}'; use one of: {string.Join(", ", ChartKinds.TimeBuckets)}")
            : null;
    }
}
