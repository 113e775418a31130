using Sluice.Core;
using Sluice.Sdk;
using Sluice.Server.Tracking;

namespace Sluice.Server.Tests.Tracking;

public sealed class RunComparisonTests
{
    private static readonly TrackedRunView[] Runs =
    [
        Run("a", new() { ["lr"] = "0.1", ["trainer"] = "lgbm" }, new() { ["rmse"] = 5.3, ["mae"] = 3.1 }),
        Run("b", new() { ["lr"] = "0.05", ["trainer"] = "lgbm" }, new() { ["rmse"] = 5.1 }),
        Run("c", new() { ["lr"] = "auto" }, new() { ["rmse"] = double.NaN }),
    ];

    [Fact]
    public void Axes_AreEveryParamThenEveryMetric_InOrdinalOrder()
    {
        RunComparison.Axes(Runs).ShouldBe(["params.lr", "params.trainer", "metrics.mae", "metrics.rmse"]);
        RunComparison.ParamDiffers(Runs, "lr").ShouldBeTrue();
        RunComparison.ParamDiffers(Runs[..2], "trainer").ShouldBeFalse();
        RunComparison.ParamDiffers(Runs, "trainer").ShouldBeTrue();
    }

    [Fact]
    public void Scatter_OfANumericParam_PlotsNumbers_LeavingOutRunsWithoutAFiniteMetric()
    {
        var data = RunComparison.Scatter(Runs, "params.lr", "rmse");

        data.Runs.ShouldBe(["a", "b"]);
        data.X.ShouldBe([0.1, 0.05]);
        data.Y.ShouldBe([5.3, 5.1]);
        data.NumericX.ShouldBeTrue();
        data.LeftOut.ShouldBe(["c"]);
    }

    [Fact]
    public void Scatter_OfATextParam_PlotsCategories_AndOfAMetric_PlotsItsValues()
    {
        RunComparison.Scatter(Runs[..2], "params.trainer", "rmse").X.ShouldBe(["lgbm", "lgbm"]);
        RunComparison.Scatter(Runs[..2], "params.trainer", "rmse").NumericX.ShouldBeFalse();
        var byMetric = RunComparison.Scatter(Runs, "metrics.mae", "rmse");
        byMetric.X.ShouldBe([3.1]);
        byMetric.LeftOut.ShouldBe(["b", "c"]);
    }

    [Fact]
    public void Scatter_OfSomethingThatIsNoAxis_SaysWhatIs() =>
        Should.Throw<SluiceException>(() => RunComparison.Scatter(Runs, "lr", "rmse"))
            .Message.ShouldBe("'lr' is no axis; plot params.<key> or metrics.<key>.");

    [Theory]
    [InlineData(5.123456, "5.1235")]
    [InlineData(0.00012345, "1.235E-4")]
    [InlineData(123456.7, "1.235E+5")]
    [InlineData(0, "0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-∞")]
    public void MetricFormat_KeepsFourDecimals_OrFourDigitsWhenTiny(double value, string text) =>
        TrackingFormat.Metric(value).ShouldBe(text);

    private static TrackedRunView Run(string name, Dictionary<string, string> parameters, Dictionary<string, double> metrics) =>
        new(name, "e", name, TrackedRunStatus.Finished, DateTimeOffset.UnixEpoch, null, null, null, parameters, metrics, new Dictionary<string, string>());
}
