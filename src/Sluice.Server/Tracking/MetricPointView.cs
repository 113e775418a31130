using System.Text.Json.Serialization;

namespace Sluice.Server.Tracking;

/// <summary>One logged value of a metric; NaN and infinities are written as strings, as in <see cref="TrackedRunView"/>.</summary>
public sealed record MetricPointView(
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double Value, long Step, DateTimeOffset At);
