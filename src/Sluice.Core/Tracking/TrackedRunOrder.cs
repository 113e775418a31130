namespace Sluice.Core;

/// <summary>
/// The order tracked runs are listed in: by start time, by a metric's latest value (see
/// <see cref="TrackedRun.Metrics"/>) or by a param's value, as MLflow's <c>order_by</c> does. Runs without the metric
/// or param (or whose metric is NaN) come after all others either way; ties go newest first. Params that read as
/// numbers sort as numbers, so <c>0.05</c> comes before <c>0.1</c>; in ascending order numbers come before text.
/// </summary>
public sealed record TrackedRunOrder
{
    /// <summary>The word <see cref="Parse"/> reads as start time.</summary>
    public const string StartTimeWord = "start_time";

    /// <summary>The prefix <see cref="Parse"/> reads as a metric.</summary>
    public const string MetricPrefix = "metrics.";

    /// <summary>The prefix <see cref="Parse"/> reads as a param.</summary>
    public const string ParamPrefix = "params.";

    private TrackedRunOrder(TrackedRunSortKey by, string? key, bool descending)
    {
        By = by;
        Key = key;
        Descending = descending;
    }

    /// <summary>Newest first: the order runs are listed in when none is given.</summary>
    public static TrackedRunOrder NewestFirst { get; } = new(TrackedRunSortKey.StartTime, null, true);

    /// <summary>What the runs are sorted by.</summary>
    public TrackedRunSortKey By { get; }

    /// <summary>The metric's or param's key; null when sorting by start time.</summary>
    public string? Key { get; }

    /// <summary>True for largest (or latest) first.</summary>
    public bool Descending { get; }

    /// <summary>By start time; <paramref name="descending"/> for newest first.</summary>
    public static TrackedRunOrder ByStartTime(bool descending = true) => new(TrackedRunSortKey.StartTime, null, descending);

    /// <summary>By the latest value of metric <paramref name="key"/>; smallest first (errors such as RMSE) unless <paramref name="descending"/>.</summary>
    /// <exception cref="SluiceException">The key is not a valid metric key.</exception>
    public static TrackedRunOrder ByMetric(string key, bool descending = false)
    {
        TrackingNames.CheckKey(key, "Metric");
        return new(TrackedRunSortKey.Metric, key, descending);
    }

    /// <summary>By the value of param <paramref name="key"/>; smallest first unless <paramref name="descending"/>.</summary>
    /// <exception cref="SluiceException">The key is not a valid param key.</exception>
    public static TrackedRunOrder ByParam(string key, bool descending = false)
    {
        TrackingNames.CheckKey(key, "Param");
        return new(TrackedRunSortKey.Param, key, descending);
    }

    /// <summary>
    /// Reads <c>metrics.&lt;key&gt;</c>, <c>params.&lt;key&gt;</c>, <c>start_time</c>, or a bare key, which names a
    /// metric (<c>rmse</c> is <c>metrics.rmse</c>). A missing text means newest first, whatever
    /// <paramref name="descending"/> says; a bad key throws <see cref="SluiceException"/> saying what is accepted.
    /// </summary>
    public static TrackedRunOrder Parse(string? text, bool descending = false)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return NewestFirst;
        }

        if (trimmed is StartTimeWord or "attributes.start_time")
        {
            return ByStartTime(descending);
        }

        try
        {
            return trimmed.StartsWith(ParamPrefix, StringComparison.Ordinal) ? ByParam(trimmed[ParamPrefix.Length..], descending)
                : trimmed.StartsWith(MetricPrefix, StringComparison.Ordinal) ? ByMetric(trimmed[MetricPrefix.Length..], descending)
                : ByMetric(trimmed, descending);
        }
        catch (SluiceException e)
        {
            throw new SluiceException(
                $"Cannot sort by '{TrackingNames.Printable(trimmed)}': {e.Message} Sort by metrics.<key>, params.<key> or {StartTimeWord}.");
        }
    }

    /// <summary>The text <see cref="Parse"/> reads back: <c>metrics.rmse</c>, <c>params.max_depth</c>, <c>start_time</c>.</summary>
    public override string ToString() => By switch
    {
        TrackedRunSortKey.Metric => MetricPrefix + Key,
        TrackedRunSortKey.Param => ParamPrefix + Key,
        _ => StartTimeWord,
    };
}
