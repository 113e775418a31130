using System.Globalization;

using Sluice.Core;

namespace Sluice.Server.Tracking;

/// <summary>
/// Compares tracked runs side by side as MLflow's compare view does: which params and metrics they have, which differ,
/// and a param (or metric) plotted against a metric. Axes are named as sorting names them: <c>params.&lt;key&gt;</c>,
/// <c>metrics.&lt;key&gt;</c>.
/// </summary>
public static class RunComparison
{
    /// <summary>The param keys any of <paramref name="runs"/> has, in ordinal order.</summary>
    public static IReadOnlyList<string> ParamKeys(IEnumerable<TrackedRunView> runs) =>
        [.. runs.SelectMany(r => r.Params.Keys).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The metric keys any of <paramref name="runs"/> has, in ordinal order.</summary>
    public static IReadOnlyList<string> MetricKeys(IEnumerable<TrackedRunView> runs) =>
        [.. runs.SelectMany(r => r.Metrics.Keys).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>What x can be: every <c>params.&lt;key&gt;</c>, then every <c>metrics.&lt;key&gt;</c>.</summary>
    public static IReadOnlyList<string> Axes(IReadOnlyList<TrackedRunView> runs) =>
        [.. ParamKeys(runs).Select(k => TrackedRunOrder.ParamPrefix + k), .. MetricKeys(runs).Select(k => TrackedRunOrder.MetricPrefix + k)];

    /// <summary>True when the runs do not all have the same value of param <paramref name="key"/> (a missing one counts).</summary>
    public static bool ParamDiffers(IReadOnlyList<TrackedRunView> runs, string key) =>
        runs.Select(r => r.Params.GetValueOrDefault(key)).Distinct(StringComparer.Ordinal).Skip(1).Any();

    /// <summary>Param (or metric) <paramref name="x"/> against metric <paramref name="yMetric"/> over <paramref name="runs"/>.</summary>
    /// <exception cref="SluiceException"><paramref name="x"/> names neither a param nor a metric.</exception>
    public static ScatterData Scatter(IReadOnlyList<TrackedRunView> runs, string x, string yMetric)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(x);
        var names = new List<string>();
        var texts = new List<string>();
        var ys = new List<double>();
        var leftOut = new List<string>();
        foreach (var run in runs)
        {
            if (ValueOf(run, x) is { } value && run.Metrics.TryGetValue(yMetric, out var y) && double.IsFinite(y))
            {
                names.Add(run.Name);
                texts.Add(value);
                ys.Add(y);
            }
            else
            {
                leftOut.Add(run.Name);
            }
        }

        var numbers = texts.Select(Number).ToList();
        var numeric = numbers.All(n => n is not null);
        IReadOnlyList<object> xs = numeric ? [.. numbers.Select(n => (object)n!.Value)] : [.. texts];
        return new ScatterData(names, xs, ys, numeric, leftOut);
    }

    private static string? ValueOf(TrackedRunView run, string axis)
    {
        if (axis.StartsWith(TrackedRunOrder.ParamPrefix, StringComparison.Ordinal))
        {
            return run.Params.GetValueOrDefault(axis[TrackedRunOrder.ParamPrefix.Length..]);
        }

        if (axis.StartsWith(TrackedRunOrder.MetricPrefix, StringComparison.Ordinal))
        {
            return run.Metrics.TryGetValue(axis[TrackedRunOrder.MetricPrefix.Length..], out var value) && double.IsFinite(value)
                ? value.ToString("R", CultureInfo.InvariantCulture)
                : null;
        }

        throw new SluiceException($"'{axis}' is no axis; plot params.<key> or metrics.<key>.");
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
