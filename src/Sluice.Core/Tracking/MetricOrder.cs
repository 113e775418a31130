namespace Sluice.Core;

/// <summary>
/// Sorts tracked runs by the value of one metric (their latest value, see <see cref="TrackedRun.Metrics"/>). Runs
/// without the metric, or whose value is NaN, come after all others either way; ties go newest first.
/// </summary>
/// <param name="Metric">The metric's key, for example <c>rmse</c>.</param>
/// <param name="Descending">False for smallest first (errors such as RMSE), true for largest first (scores such as R²).</param>
public sealed record MetricOrder(string Metric, bool Descending = false);
