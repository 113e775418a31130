using Sluice.ML.Tuning;
using Xunit.Abstractions;

namespace Sluice.ML.Tests.Tuning;

public sealed class TpeTests(ITestOutputHelper output)
{
    // A smooth bowl shaped like a boosted-tree search: an offset linear parameter, a learning rate whose best value
    // sits at 10^-2.5 on a log scale, and a quantized leaf count best at 48.
    private static readonly SearchSpace Space = SearchSpace.Empty
        .Uniform("x", -5, 5)
        .LogUniform("learning_rate", 1e-5, 1)
        .QUniform("number_of_leaves", 8, 128, 8);

    [Fact]
    public async Task Tpe_FindsABetterOptimumThanRandomSearch_WithTheSameBudgetAndSeeds()
    {
        double randomTotal = 0, tpeTotal = 0;
        int tpeWins = 0;
        for (int seed = 1; seed <= 10; seed++)
        {
            var random = await TuningRuns.MinimizeAsync(Space, 100, seed, SearchSampler.Random, Bowl);
            var tpe = await TuningRuns.MinimizeAsync(Space, 100, seed, SearchSampler.Tpe, Bowl);
            output.WriteLine($"seed {seed}: random {random.Best.Loss:F4}, TPE {tpe.Best.Loss:F4}");
            randomTotal += random.Best.Loss;
            tpeTotal += tpe.Best.Loss;
            tpeWins += tpe.Best.Loss < random.Best.Loss ? 1 : 0;
        }

        // Measured: mean best 0.129 for TPE against 0.444 for random search, TPE ahead on 9 seeds of 10. TPE, like
        // hyperopt's, can lose a seed to random search, so the claim is about the ten together.
        tpeTotal.ShouldBeLessThan(randomTotal / 2);
        tpeWins.ShouldBeGreaterThanOrEqualTo(8);
    }

    [Fact]
    public async Task Tpe_WithTheCourseSeed_SpendsItsLaterTrialsNearTheOptimum()
    {
        var tpe = await TuningRuns.MinimizeAsync(Space, 100, 7, SearchSampler.Tpe, Bowl);
        var random = await TuningRuns.MinimizeAsync(Space, 100, 7, SearchSampler.Random, Bowl);

        // After its 20 random startup trials TPE proposes from the good trials' density, so its typical trial is better
        // than a random one (measured: median 3.57 against 8.68). It keeps exploring, as hyperopt's does: with few good
        // trials each keeps a width of at least a quarter of the range, and the prior keeps a third of the weight.
        double tpeMedian = Median(tpe.Trials.Skip(20).Select(trial => trial.Loss));
        double randomMedian = Median(random.Trials.Skip(20).Select(trial => trial.Loss));
        output.WriteLine($"median loss of trials 21-100: TPE {tpeMedian:F3}, random {randomMedian:F3}");
        tpeMedian.ShouldBeLessThan(randomMedian / 2);
    }

    private static double Bowl(Trial trial) =>
        Math.Pow(trial.GetDouble("x") - 0.7, 2)
        + (Math.Pow(Math.Log10(trial.GetDouble("learning_rate")) + 2.5, 2) / 4)
        + (Math.Pow(trial.GetDouble("number_of_leaves") - 48, 2) / 1000);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
