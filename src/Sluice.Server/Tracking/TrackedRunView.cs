using System.Text.Json.Serialization;

using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Server.Tracking;

/// <summary>
/// A tracked run as the API and the pages show it. Metrics are each one's latest value; NaN and infinities are
/// written as the strings <c>"NaN"</c>, <c>"Infinity"</c> and <c>"-Infinity"</c>, since JSON has no numbers for them.
/// </summary>
public sealed record TrackedRunView(
    string Id,
    string ExperimentId,
    string Name,
    TrackedRunStatus Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    double? DurationSeconds,
    TrackedRunSourceView? Source,
    IReadOnlyDictionary<string, string> Params,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>The view of <paramref name="run"/>.</summary>
    public static TrackedRunView Of(TrackedRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new(
            run.Id.Value,
            run.Experiment.Value,
            run.Name,
            run.Status,
            run.StartedAt,
            run.EndedAt,
            run.EndedAt is { } ended ? (ended - run.StartedAt).TotalSeconds : null,
            TrackedRunSourceView.Of(run.Source),
            Sorted(run.Params),
            Sorted(run.Metrics),
            Sorted(run.Tags));
    }

    // Keys in ordinal order, so every client lists them the same way.
    private static SortedDictionary<string, T> Sorted<T>(IReadOnlyDictionary<string, T> values) =>
        new(values.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
}
