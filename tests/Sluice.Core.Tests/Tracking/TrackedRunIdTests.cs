namespace Sluice.Core.Tests.Tracking;

public sealed class TrackedRunIdTests
{
    [Fact]
    public void TryParse_ReadsItsOwnIds_AndUpperCaseAsLowerCase()
    {
        var id = TrackedRunId.New();

        TrackedRunId.TryParse(id.Value, out var same).ShouldBeTrue();
        TrackedRunId.TryParse(id.Value.ToUpperInvariant(), out var upper).ShouldBeTrue();

        same.ShouldBe(id);
        upper.ShouldBe(id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0195f2a4")]
    [InlineData("0195f2a4b3c7d8e9f0a1b2c3d4e5f6g7")]
    public void TryParse_RefusesWhatIsNot32HexDigits(string? text) =>
        TrackedRunId.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void New_SharesOneOrderWithRunIds()
    {
        var ids = new[] { RunId.New().Value, TrackedRunId.New().Value, ExperimentId.New().Value, RunId.New().Value };

        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
    }
}
