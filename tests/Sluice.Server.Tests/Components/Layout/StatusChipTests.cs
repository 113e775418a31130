using Bunit;

using Sluice.Server.Components.Layout;

namespace Sluice.Server.Tests.Components.Layout;

public sealed class StatusChipTests : ComponentTest
{
    [Theory]
    [InlineData("Completed", "mud-chip-color-success")]
    [InlineData("Failed", "mud-chip-color-error")]
    [InlineData("UpstreamFailed", "mud-chip-color-error")]
    [InlineData("Running", "mud-chip-color-info")]
    [InlineData("Cancelled", "mud-chip-color-warning")]
    [InlineData("Finished", "mud-chip-color-success")]
    [InlineData("Killed", "mud-chip-color-warning")]
    public void Render_ColoursTheChipByStatus(string status, string colourClass)
    {
        var chip = Context.Render<StatusChip>(p => p.Add(c => c.Status, status));

        var element = chip.Find("[data-status]");
        element.GetAttribute("data-status").ShouldBe(status);
        element.TextContent.Trim().ShouldBe(status);
        element.ClassList.ShouldContain(colourClass);
    }

    [Fact]
    public void Render_WhenStatusIsQueued_UsesNoStatusColour()
    {
        var chip = Context.Render<StatusChip>(p => p.Add(c => c.Status, "Queued"));

        var classes = chip.Find("[data-status]").ClassList;
        classes.ShouldNotContain("mud-chip-color-success");
        classes.ShouldNotContain("mud-chip-color-error");
        classes.ShouldContain("mud-chip-color-default");
    }
}
