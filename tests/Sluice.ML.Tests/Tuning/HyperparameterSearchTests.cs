using Sluice.ML.Tuning;

namespace Sluice.ML.Tests.Tuning;

public sealed class HyperparameterSearchTests
{
    private static readonly SearchSpace Space = SearchSpace.Empty
        .Uniform("x", -5, 5)
        .LogUniform("learning_rate", 1e-6, 1)
        .QUniform("number_of_leaves", 8, 128, 8)
        .QLogUniform("minimum_count", 3, 300, 3)
        .UniformInt("depth", 2, 6)
        .Choice("trainer", "sdca", "lightgbm", "fast_tree")
        .Choice("shuffle", 0, 1);

    [Theory]
    [InlineData(SearchSampler.Random)]
    [InlineData(SearchSampler.Tpe)]
    public async Task Minimize_WithTheSameSeed_GivesIdenticalTrialsAndBest(SearchSampler sampler)
    {
        var first = await TuningRuns.MinimizeAsync(Space, 40, 7, sampler, Bowl, startupTrials: 10);
        var second = await TuningRuns.MinimizeAsync(Space, 40, 7, sampler, Bowl, startupTrials: 10);

        second.Trials.Select(result => result.Trial).ShouldBe(first.Trials.Select(result => result.Trial));
        second.Trials.Select(result => result.Loss).ShouldBe(first.Trials.Select(result => result.Loss));
        second.Best.Trial.ShouldBe(first.Best.Trial);
    }

    [Theory]
    [InlineData(SearchSampler.Random)]
    [InlineData(SearchSampler.Tpe)]
    public async Task Minimize_WithDifferentSeeds_GivesDifferentTrials(SearchSampler sampler)
    {
        var seven = await TuningRuns.MinimizeAsync(Space, 30, 7, sampler, Bowl, startupTrials: 10);
        var eight = await TuningRuns.MinimizeAsync(Space, 30, 8, sampler, Bowl, startupTrials: 10);

        seven.Trials.Zip(eight.Trials).ShouldAllBe(pair => pair.First.Trial.GetDouble("x") != pair.Second.Trial.GetDouble("x"));
    }

    [Theory]
    [InlineData(SearchSampler.Random)]
    [InlineData(SearchSampler.Tpe)]
    public async Task Minimize_RunsExactlyTheBudget_NumberingTrialsFromOne(SearchSampler sampler)
    {
        int calls = 0;
        var result = await TuningRuns.MinimizeAsync(Space, 25, 3, sampler, trial => Bowl(trial) + (0 * ++calls), startupTrials: 5);

        calls.ShouldBe(25);
        result.Trials.Select(trial => trial.Trial.Number).ShouldBe(Enumerable.Range(1, 25));
        result.Trials.ShouldAllBe(trial => trial.Status == TrialStatus.Ok);
    }

    [Fact]
    public async Task Minimize_ReturnsTheTrialWithTheLowestLoss()
    {
        var result = await TuningRuns.MinimizeAsync(Space, 30, 5, SearchSampler.Random, Bowl);

        result.Best.Loss.ShouldBe(result.Trials.Min(trial => trial.Loss));
        result.Best.Loss.ShouldBe(Bowl(result.Best.Trial));
    }

    [Theory]
    [InlineData(SearchSampler.Random)]
    [InlineData(SearchSampler.Tpe)]
    public async Task Minimize_KeepsEveryValueWithinItsDeclaration(SearchSampler sampler)
    {
        var result = await TuningRuns.MinimizeAsync(Space, 150, 11, sampler, Bowl, startupTrials: 10);
        var trials = result.Trials.Select(trial => trial.Trial).ToList();

        trials.ShouldAllBe(t => t.GetDouble("x") >= -5 && t.GetDouble("x") <= 5);
        trials.ShouldAllBe(t => t.GetDouble("learning_rate") >= 1e-6 && t.GetDouble("learning_rate") <= 1);
        trials.Select(t => t.GetDouble("number_of_leaves")).ShouldAllBe(v => v >= 8 && v <= 128 && v % 8 == 0);
        trials.Select(t => t.GetDouble("minimum_count")).ShouldAllBe(v => v >= 3 && v <= 300 && v % 3 == 0);
        trials.Select(t => t.GetDouble("depth")).Distinct().Order().ShouldBe([2, 3, 4, 5, 6]);
        trials.Select(t => t.GetString("trainer")).Distinct().Order().ShouldBe(["fast_tree", "lightgbm", "sdca"]);
        trials.Select(t => t.GetDouble("shuffle")).Distinct().Order().ShouldBe([0, 1]);
    }

    [Fact]
    public async Task Random_SpreadsLogUniformValuesEvenlyOverPowersOfTen()
    {
        var result = await TuningRuns.MinimizeAsync(
            SearchSpace.Empty.LogUniform("l2", 1e-6, 1), 400, 2, SearchSampler.Random, _ => 0);

        // Half the decades lie below 1e-3; a linear spread would put 0.1% of the values there.
        double below = result.Trials.Count(trial => trial.Trial.GetDouble("l2") < 1e-3) / 400.0;
        below.ShouldBeInRange(0.4, 0.6);
    }

    [Fact]
    public async Task Random_GivesTheOuterStepsOfAQuantizedRangeTheirShare()
    {
        var result = await TuningRuns.MinimizeAsync(
            SearchSpace.Empty.UniformInt("depth", 1, 4), 800, 2, SearchSampler.Random, _ => 0);

        // Rounding a uniform over [1, 4] would give 1 and 4 half the share of 2 and 3; each should have about 200.
        var counts = result.Trials.GroupBy(trial => trial.Trial.GetInt32("depth")).ToDictionary(g => g.Key, g => g.Count());
        counts.Keys.Order().ShouldBe([1, 2, 3, 4]);
        counts.Values.ShouldAllBe(count => count > 160 && count < 240);
    }

    [Fact]
    public async Task Tpe_StartsWithTheTrialsRandomSearchWouldRun()
    {
        var random = await TuningRuns.MinimizeAsync(Space, 20, 7, SearchSampler.Random, Bowl);
        var tpe = await TuningRuns.MinimizeAsync(Space, 20, 7, SearchSampler.Tpe, Bowl, startupTrials: 12);

        tpe.Trials.Take(12).Select(t => t.Trial).ShouldBe(random.Trials.Take(12).Select(t => t.Trial));
        tpe.Trials.Skip(12).Select(t => t.Trial).ShouldNotBe(random.Trials.Skip(12).Select(t => t.Trial));
    }

    private static double Bowl(Trial trial) =>
        Math.Pow(trial.GetDouble("x") - 1, 2)
        + Math.Pow(Math.Log10(trial.GetDouble("learning_rate")) + 2, 2)
        + (trial.GetString("trainer") == "lightgbm" ? 0 : 1);
}
