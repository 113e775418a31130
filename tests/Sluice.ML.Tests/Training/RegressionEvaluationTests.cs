using Sluice.ML.Training;

namespace Sluice.ML.Tests.Training;

public sealed class RegressionEvaluationTests
{
    [Fact]
    public void Evaluate_ComputesTheFiguresByHand()
    {
        // actual mean 2.5; errors -0.5, 0, 1, -2 -> SSres 5.25, SStot 5 (2.25 + 0.25 + 0.25 + 2.25)
        double[] actual = [1, 2, 3, 4];
        double[] predicted = [1.5, 2, 2, 6];

        var metrics = RegressionEvaluation.Evaluate(actual, predicted);

        metrics.Mse.ShouldBe(5.25 / 4, 1e-12);
        metrics.Rmse.ShouldBe(Math.Sqrt(5.25 / 4), 1e-12);
        metrics.Mae.ShouldBe(3.5 / 4, 1e-12);
        metrics.R2.ShouldBe(1 - (5.25 / 5), 1e-12);
    }

    [Fact]
    public void Evaluate_WhenPredictionsArePerfect_GivesZeroErrorAndR2OfOne()
    {
        var metrics = RegressionEvaluation.Evaluate([3, 7, 11], [3, 7, 11]);

        metrics.ShouldBe(new RegressionMetrics(0, 0, 0, 1));
    }

    [Fact]
    public void Evaluate_WhenActualValuesAreConstant_GivesNaNR2()
    {
        var metrics = RegressionEvaluation.Evaluate([2, 2], [1, 3]);

        metrics.Mse.ShouldBe(1);
        double.IsNaN(metrics.R2).ShouldBeTrue();
    }

    [Fact]
    public void Evaluate_WhenLengthsDiffer_NamesBothLengths()
    {
        var error = Should.Throw<ArgumentException>(() => RegressionEvaluation.Evaluate([1, 2, 3], [1, 2]));

        error.Message.ShouldContain("Actual (3 values) and predicted (2 values)");
    }

    [Fact]
    public void Evaluate_WhenEmpty_SaysSo()
    {
        var error = Should.Throw<ArgumentException>(() => RegressionEvaluation.Evaluate([], []));

        error.Message.ShouldContain("empty");
    }
}
