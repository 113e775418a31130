namespace Sluice.Core.Tests;

public sealed class RunIdTests
{
    [Fact]
    public void New_MadeInTheSameMillisecond_StillSortsInCreationOrder()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => RunId.New().Value).ToList();

        ids.ShouldBe(ids.Order(StringComparer.Ordinal).ToList());
        ids.Distinct().Count().ShouldBe(ids.Count);
        ids.ShouldAllBe(id => id.Length == 32);
    }
}
