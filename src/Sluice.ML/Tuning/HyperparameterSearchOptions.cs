namespace Sluice.ML.Tuning;

/// <summary>
/// The budget, seed and sampler of a <see cref="HyperparameterSearch"/>. The TPE settings default to hyperopt's
/// (20 startup trials, 24 candidates, gamma 0.25), so a search reads like the course's <c>fmin(tpe.suggest, ...)</c>.
/// </summary>
public sealed record HyperparameterSearchOptions
{
    /// <summary>How many trials run, failed ones included (hyperopt's <c>max_evals</c>); at least 1.</summary>
    public required int MaxEvaluations { get; init; }

    /// <summary>
    /// Seeds every random choice: the same seed and objective give the same trials (the course uses 7). A seeded
    /// <see cref="Random"/> is the same generator on every .NET version and machine; Math.Log and Math.Exp come from
    /// the platform's C library, so between operating systems a last-bit difference could, rarely, change a TPE pick.
    /// </summary>
    public required int Seed { get; init; }

    /// <summary>How trials are picked; TPE unless set.</summary>
    public SearchSampler Sampler { get; init; } = SearchSampler.Tpe;

    /// <summary>
    /// TPE samples at random until this many trials have succeeded (hyperopt's <c>n_startup_jobs</c>, 20); at least 1.
    /// With a budget at or below it, TPE is random search.
    /// </summary>
    public int StartupTrials { get; init; } = 20;

    /// <summary>How many candidates TPE draws from the good trials' density per parameter (hyperopt's 24); at least 1.</summary>
    public int Candidates { get; init; } = 24;

    /// <summary>
    /// TPE counts ceil(gamma x sqrt(n)) of n successful trials as good, at most 25 (hyperopt's split); between 0 and 1
    /// exclusive.
    /// </summary>
    public double Gamma { get; init; } = 0.25;

    /// <summary>The first rule the options break, as a sentence naming the option; null when they are valid.</summary>
    internal string? Problem() =>
        MaxEvaluations < 1 ? $"{nameof(MaxEvaluations)} must be at least 1, not {MaxEvaluations}"
        : StartupTrials < 1 ? $"{nameof(StartupTrials)} must be at least 1, not {StartupTrials}"
        : Candidates < 1 ? $"{nameof(Candidates)} must be at least 1, not {Candidates}"
        : Gamma is not (> 0 and < 1) ? $"{nameof(Gamma)} must be between 0 and 1 exclusive, not {NumericParameter.Format(Gamma)}"
        : !Enum.IsDefined(Sampler) ? $"{nameof(Sampler)} must be Random or Tpe, not {(int)Sampler}"
        : null;
}
