namespace Sluice.ML.Tuning;

/// <summary>How a search picks the next trial.</summary>
public enum SearchSampler
{
    /// <summary>Independently from the declared distributions (hyperopt's rand.suggest).</summary>
    Random,

    /// <summary>
    /// Tree-structured Parzen estimators (Bergstra et al. 2011, hyperopt's tpe.suggest): random for the first
    /// <see cref="HyperparameterSearchOptions.StartupTrials"/> successful trials, then the candidate most likely under
    /// the best trials' density relative to the rest's.
    /// </summary>
    Tpe,
}
