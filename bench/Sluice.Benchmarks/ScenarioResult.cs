namespace Sluice.Benchmarks;

/// <summary>Medians of one scenario and its baseline, and how they compare with the target.</summary>
/// <param name="Name">What was measured.</param>
/// <param name="Sluice">The median time through Sluice.</param>
/// <param name="Baseline">The median time of the baseline.</param>
/// <param name="Measure">The figure the target is about, already computed (e.g. "0.21 ms per block").</param>
/// <param name="Target">The target, in words.</param>
/// <param name="Met">Whether the figure meets the target.</param>
internal sealed record ScenarioResult(string Name, TimeSpan Sluice, TimeSpan Baseline, string Measure, string Target, bool Met);
