namespace Sluice.ML.Tuning;

/// <summary>What a search found.</summary>
/// <param name="Trials">Every trial in the order it ran, failed ones included.</param>
/// <param name="Best">The successful trial with the lowest loss (the earliest of equals).</param>
public sealed record SearchResult(IReadOnlyList<TrialResult> Trials, TrialResult Best);
