using Sluice.Core;
using Sluice.Engine.Tests.Support;
using Sluice.Storage.Sqlite;

namespace Sluice.Engine.Tests.Examples;

public sealed class QuickstartTests
{
    [Fact]
    public async Task DailySales_RunsOffline_AndEveryBlockTestPasses()
    {
        var root = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "quickstart"));
        try
        {
            await using var store = await SqliteMetadataStore.OpenAsync(Path.Combine(root, ".sluice", "sluice.db"));
            using var project = SluiceProject.Open(root, store);

            var result = await project.RunAsync("daily_sales");

            result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
            result.Blocks.Count.ShouldBe(4);
            result.Blocks.SelectMany(b => b.Tests).ShouldNotBeEmpty();
            result.Blocks.SelectMany(b => b.Tests).ShouldAllBe(t => t.Passed);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
