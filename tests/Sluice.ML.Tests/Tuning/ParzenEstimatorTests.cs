using Sluice.ML.Tuning;

namespace Sluice.ML.Tests.Tuning;

public sealed class ParzenEstimatorTests
{
    private static readonly double[] Observations = [0.1, 0.15, 0.7, 0.72, 0.9];

    [Fact]
    public void LogDensity_IntegratesToOneOverTheBounds()
    {
        var estimator = ParzenEstimator.Fit(Observations, 0, 1, priorWeight: 1);

        const int Steps = 20_000;
        double integral = 0;
        for (int i = 0; i < Steps; i++)
        {
            integral += Math.Exp(estimator.LogDensity((i + 0.5) / Steps)) / Steps;
        }

        integral.ShouldBe(1, 1e-4);
        estimator.LogMass(0, 1).ShouldBe(0, 1e-6);
    }

    [Fact]
    public void Sample_StaysWithinTheBounds_AndFollowsTheObservations()
    {
        var estimator = ParzenEstimator.Fit(Observations, 0, 1, priorWeight: 1);
        var random = new Random(3);

        var samples = Enumerable.Range(0, 2000).Select(_ => estimator.Sample(random)).ToArray();

        samples.ShouldAllBe(x => x >= 0 && x < 1);

        // Three of the five observations lie in [0.6, 1): that part should draw clearly more than its 40% of the range.
        (samples.Count(x => x >= 0.6) / 2000.0).ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public void LogDensity_IsHighestNearTheObservations()
    {
        var estimator = ParzenEstimator.Fit(Observations, 0, 1, priorWeight: 1);

        estimator.LogDensity(0.71).ShouldBeGreaterThan(estimator.LogDensity(0.4));
        estimator.LogDensity(0.12).ShouldBeGreaterThan(estimator.LogDensity(0.4));
    }
}
