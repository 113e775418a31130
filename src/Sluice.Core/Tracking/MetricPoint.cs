namespace Sluice.Core;

/// <summary>One logged value of a metric.</summary>
/// <param name="Key">The metric's key.</param>
/// <param name="Value">The value; NaN and infinities are kept as they are.</param>
/// <param name="Step">The step it was logged at (an epoch, an iteration; 0 when there are none).</param>
/// <param name="At">When it was logged.</param>
public sealed record MetricPoint(string Key, double Value, long Step, DateTimeOffset At);
