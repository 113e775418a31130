namespace Sluice.ML.Tuning;

/// <summary>A finished trial: its values, the loss the objective returned, and how it ended.</summary>
/// <param name="Trial">The point that was evaluated.</param>
/// <param name="Status">Whether the objective gave a usable loss.</param>
/// <param name="Loss">The loss (lower is better); NaN when the trial failed.</param>
/// <param name="Error">What went wrong when the trial failed; null otherwise.</param>
/// <param name="Elapsed">How long the objective ran, by the search's <see cref="TimeProvider"/>.</param>
public sealed record TrialResult(Trial Trial, TrialStatus Status, double Loss, Exception? Error, TimeSpan Elapsed);
