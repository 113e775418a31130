namespace Sluice.Sdk.Tests;

public sealed class BlockAssertTests
{
    [Fact]
    public void Equal_WhenValuesDiffer_StatesTheMessageExpectedAndActual()
    {
        Should.Throw<BlockTestException>(() => BlockAssert.Equal(105870, 105869, "Entire dataset should have 105870 examples"))
            .Message.ShouldBe("Entire dataset should have 105870 examples: expected 105870, but was 105869");
    }

    [Fact]
    public void Equal_WhenValuesMatch_Passes() => Should.NotThrow(() => BlockAssert.Equal("a", "a", "same"));

    [Fact]
    public void True_WhenFalse_FailsWithTheMessage() =>
        Should.Throw<BlockTestException>(() => BlockAssert.True(false, "The output is empty")).Message.ShouldBe("The output is empty");

    [Fact]
    public void InRange_WhenOutside_StatesTheRangeAndTheValue() =>
        Should.Throw<BlockTestException>(() => BlockAssert.InRange(61.5, 1.0, 60.0, "duration"))
            .Message.ShouldBe("duration: expected a value in [1, 60], but was 61.5");
}
