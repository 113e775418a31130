using Microsoft.Extensions.Logging.Abstractions;

namespace Sluice.Sdk.Tests.Blocks;

public sealed class BlockContextTests
{
    private static BlockContext MadeByHand() => new(
        new BlockRunInfo("run", "pipeline", "block", 1, null, "/project"),
        new BlockVariables(new Dictionary<string, object?>()),
        NullLogger.Instance,
        "/cache",
        CancellationToken.None);

    [Fact]
    public void Tracking_OnAContextMadeWithoutIt_FailsSayingTrackingNeedsASluiceRun()
    {
        var context = MadeByHand();

        var error = Should.Throw<InvalidOperationException>(() => context.Tracking);

        error.Message.ShouldStartWith("Tracking needs a Sluice run");
    }

    [Fact]
    public void Models_OnAContextMadeWithoutIt_FailsSayingTheRegistryNeedsASluiceRun()
    {
        var context = MadeByHand();

        var error = Should.Throw<InvalidOperationException>(() => context.Models);

        error.Message.ShouldStartWith("Models needs a Sluice run");
    }
}
