using Sluice.Core;

namespace Sluice.Engine.Projects;

/// <summary>How each chart kind is spelled in pipeline.yaml, which values it needs, and the limits on them.</summary>
public static class ChartKinds
{
    /// <summary>The most buckets a histogram may have.</summary>
    public const int MaxBuckets = 500;

    /// <summary>The most rows or values a chart may show.</summary>
    public const int MaxLimit = 10_000;

    private static readonly (ChartKind Kind, string Name, bool NeedsColumn)[] Table =
    [
        (ChartKind.Histogram, "histogram", true),
        (ChartKind.Bar, "bar", true),
        (ChartKind.TimeSeries, "time_series", true),
        (ChartKind.Pie, "pie", true),
        (ChartKind.Table, "table", false),
        (ChartKind.MissingValues, "missing_values", false),
        (ChartKind.UniqueValues, "unique_values", false),
        (ChartKind.MostFrequent, "most_frequent", true),
        (ChartKind.SummaryStatistics, "summary_statistics", false),
        (ChartKind.FeatureProfiles, "feature_profiles", false),
    ];

    /// <summary>Every kind's YAML name, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Table.Select(row => row.Name)];

    /// <summary>The values <see cref="ChartDefinition.TimeBucket"/> may take.</summary>
    public static IReadOnlyList<string> TimeBuckets { get; } = ["hour", "day", "week", "month"];

    /// <summary>The kind's name in pipeline.yaml, e.g. <c>time_series</c>.</summary>
    public static string YamlName(ChartKind kind) => Row(kind).Name;

    /// <summary>Whether a chart of this kind is about one column, so <see cref="ChartDefinition.Column"/> is required.</summary>
    public static bool NeedsColumn(ChartKind kind) => Row(kind).NeedsColumn;

    /// <summary>Whether <paramref name="kind"/> is one of the declared kinds (a value cast from a number may not be).</summary>
    public static bool IsKnown(ChartKind kind) => Table.Any(row => row.Kind == kind);

    /// <summary>The kind named <paramref name="name"/> in pipeline.yaml.</summary>
    public static bool TryParse(string? name, out ChartKind kind)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Name, name, StringComparison.Ordinal))
            {
                kind = row.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static (ChartKind Kind, string Name, bool NeedsColumn) Row(ChartKind kind) =>
        Table.FirstOrDefault(row => row.Kind == kind) is { Name: not null } row
            ? row
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a chart kind.");
}
