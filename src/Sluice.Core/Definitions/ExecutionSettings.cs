namespace Sluice.Core;

/// <summary>
/// How blocks run: retries, the delay before the first retry (doubled for each later one), a per-attempt timeout,
/// how many blocks of a run may run at once, and how often a sensor checks again. Settings are declared at three levels (project, pipeline, block);
/// a value set at a lower level wins, and an unset value falls through to the level above.
/// </summary>
public sealed record ExecutionSettings(
    int? Retries = null,
    TimeSpan? RetryDelay = null,
    TimeSpan? Timeout = null,
    int? Concurrency = null,
    TimeSpan? PollInterval = null)
{
    /// <summary>No setting made at this level.</summary>
    public static ExecutionSettings None { get; } = new();

    /// <summary>
    /// What applies when no level says otherwise: no retries, 1 s delay, no timeout, 4 blocks at once, sensors
    /// checking every 5 s.
    /// </summary>
    public static ExecutionSettings Defaults { get; } = new(0, TimeSpan.FromSeconds(1), null, 4, TimeSpan.FromSeconds(5));

    /// <summary>These settings with every value that <paramref name="lower"/> sets taking precedence.</summary>
    public ExecutionSettings OverriddenBy(ExecutionSettings lower) => new(
        lower.Retries ?? Retries,
        lower.RetryDelay ?? RetryDelay,
        lower.Timeout ?? Timeout,
        lower.Concurrency ?? Concurrency,
        lower.PollInterval ?? PollInterval);
}
