using Sluice.ML.Tuning;

namespace Sluice.ML.Tests.Tuning;

/// <summary>Small helpers for running searches over synthetic objectives.</summary>
internal static class TuningRuns
{
    public static Task<SearchResult> MinimizeAsync(
        SearchSpace space, int evaluations, int seed, SearchSampler sampler, Func<Trial, double> loss, int startupTrials = 20) =>
        new HyperparameterSearch(
            space,
            new HyperparameterSearchOptions
            {
                MaxEvaluations = evaluations,
                Seed = seed,
                Sampler = sampler,
                StartupTrials = startupTrials,
            })
            .MinimizeAsync((trial, _) => ValueTask.FromResult(loss(trial)));

    public static async Task<Trial> OneTrialAsync(SearchSpace space, int seed = 1) =>
        (await MinimizeAsync(space, 1, seed, SearchSampler.Random, _ => 0)).Best.Trial;
}
