namespace Sluice.Core.Tests.Tracking;

public sealed class TrackedRunOrderTests
{
    [Theory]
    [InlineData("metrics.rmse", TrackedRunSortKey.Metric, "rmse")]
    [InlineData("rmse", TrackedRunSortKey.Metric, "rmse")]
    [InlineData(" metrics.val/rmse ", TrackedRunSortKey.Metric, "val/rmse")]
    [InlineData("params.max_depth", TrackedRunSortKey.Param, "max_depth")]
    [InlineData("start_time", TrackedRunSortKey.StartTime, null)]
    [InlineData("attributes.start_time", TrackedRunSortKey.StartTime, null)]
    public void Parse_ReadsMetricsParamsAndStartTime_ABareKeyBeingAMetric(string text, TrackedRunSortKey by, string? key)
    {
        var order = TrackedRunOrder.Parse(text, descending: true);

        order.By.ShouldBe(by);
        order.Key.ShouldBe(key);
        order.Descending.ShouldBeTrue();
        TrackedRunOrder.Parse(order.ToString(), descending: true).ShouldBe(order);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Parse_Nothing_IsNewestFirst(string? text) =>
        TrackedRunOrder.Parse(text, descending: false).ShouldBe(TrackedRunOrder.NewestFirst);

    [Theory]
    [InlineData("metrics.", "Cannot sort by 'metrics.': Metric key is empty; give it a name such as 'learning_rate'. Sort by metrics.<key>, params.<key> or start_time.")]
    [InlineData("params.", "Cannot sort by 'params.': Param key is empty; give it a name such as 'learning_rate'. Sort by metrics.<key>, params.<key> or start_time.")]
    [InlineData("rmse;drop", "Cannot sort by 'rmse;drop': Metric key 'rmse;drop' holds ';'; keys hold letters, digits and _ - . / and spaces. Sort by metrics.<key>, params.<key> or start_time.")]
    public void Parse_ABadKey_SaysWhatIsWrongAndWhatIsAccepted(string text, string message) =>
        Should.Throw<SluiceException>(() => TrackedRunOrder.Parse(text)).Message.ShouldBe(message);
}
