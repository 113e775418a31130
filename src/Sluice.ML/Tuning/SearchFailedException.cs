namespace Sluice.ML.Tuning;

/// <summary>
/// Every trial of a search failed, so there is no best one. <see cref="Trials"/> holds them all; the first failure
/// is the inner exception.
/// </summary>
public sealed class SearchFailedException : Exception
{
    public SearchFailedException()
    {
    }

    public SearchFailedException(string message)
        : base(message)
    {
    }

    public SearchFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal SearchFailedException(IReadOnlyList<TrialResult> trials)
        : base(
            $"All {trials.Count} trials of the search failed. The first: {trials[0].Error?.Message}",
            trials[0].Error)
    {
        Trials = trials;
    }

    /// <summary>The failed trials in the order they ran; empty when the exception was not raised by a search.</summary>
    public IReadOnlyList<TrialResult> Trials { get; } = [];
}
