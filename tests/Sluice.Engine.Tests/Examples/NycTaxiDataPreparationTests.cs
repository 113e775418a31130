using Microsoft.Data.Analysis;
using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Engine.Tests.Support;
using Sluice.ML.Features;
using Sluice.Storage.Sqlite;

namespace Sluice.Engine.Tests.Examples;

/// <summary>The course's data_preparation pipeline on the real January and February 2024 trips.</summary>
public sealed class NycTaxiDataPreparationTests : IAsyncLifetime
{
    private readonly string _root = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "nyc-taxi"));
    private SqliteMetadataStore _store = null!;
    private SluiceProject _project = null!;

    private static Dictionary<string, object?> LocalData => new() { ["data_folder"] = SharedData.NycTlcFolder };

    public async Task InitializeAsync()
    {
        _store = await SqliteMetadataStore.OpenAsync(Path.Combine(_root, ".sluice", "sluice.db"));
        _project = SluiceProject.Open(_root, _store);
    }

    [Fact]
    public async Task DataPreparation_OnTheCourseMonths_ProducesTheCourseShapes_AndItsBlockTestsPass()
    {
        var result = await _project.RunAsync("data_preparation", LocalData);

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        var build = result.Block("build");
        build.Tests.Count.ShouldBe(3);
        build.Tests.ShouldAllBe(t => t.Passed);

        // Read back from disk, not from memory: the outputs are persisted and load.
        var x = await result.ReadOutputAsync<CsrMatrix>("build", "X");
        var xTrain = await result.ReadOutputAsync<CsrMatrix>("build", "XTrain");
        var xVal = await result.ReadOutputAsync<CsrMatrix>("build", "XVal");
        x.Shape.ShouldBe((105_870, 7_027));
        xTrain.Shape.ShouldBe((54_378, 5_094));
        xVal.Shape.ShouldBe((51_492, 5_094));
        (await result.ReadOutputAsync<double[]>("build", "Y")).Length.ShouldBe(x.RowCount);
        (await result.ReadOutputAsync<double[]>("build", "YTrain")).Length.ShouldBe(xTrain.RowCount);
        (await result.ReadOutputAsync<double[]>("build", "YVal")).Length.ShouldBe(xVal.RowCount);
        (await result.ReadOutputAsync<DictVectorizer>("build", "Vectorizer")).FeatureCount.ShouldBe(5_094);
        (await result.ReadOutputAsync<DataFrame>("ingest", "output_0")).Rows.Count.ShouldBe(110_128);
        (await result.ReadOutputAsync<DataFrame>("prepare", "All")).Rows.Count.ShouldBe(105_870);
        Directory.EnumerateFiles(_project.Outputs.DirectoryOf(new BlockKey(result.Run.Pipeline, result.Run.Id, "build"))).Count()
            .ShouldBeGreaterThan(7);
    }

    [Fact]
    public async Task Build_RerunAlone_UsesTheStoredPreparedFrames_AndPassesItsTests()
    {
        var first = await _project.RunAsync("data_preparation", LocalData);
        first.Run.Status.ShouldBe(RunStatus.Completed, first.Run.Error);

        var again = await _project.RunAsync(new RunRequest("data_preparation") { Scope = RunScope.Only("build"), Variables = LocalData });

        again.Run.Status.ShouldBe(RunStatus.Completed, again.Run.Error);
        again.Blocks.ShouldHaveSingleItem().Tests.ShouldAllBe(t => t.Passed);
        (await again.ReadOutputAsync<CsrMatrix>("build", "XVal")).Shape.ShouldBe((51_492, 5_094));
    }

    [Fact]
    public async Task DataPreparation_WhenTheDataFolderDoesNotExist_FailsAtIngestNamingTheFolder()
    {
        var missing = Path.Combine(_root, "no-such-folder");

        var result = await _project.RunAsync("data_preparation", new Dictionary<string, object?> { ["data_folder"] = missing });

        result.Run.Status.ShouldBe(RunStatus.Failed);
        result.Block("ingest").Run.Error.ShouldNotBeNull().ShouldContain(missing);
        result.Block("prepare").Run.Status.ShouldBe(BlockRunStatus.UpstreamFailed);
        result.Block("build").Run.Status.ShouldBe(BlockRunStatus.UpstreamFailed);
    }

    public async Task DisposeAsync()
    {
        _project.Dispose();
        await _store.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
