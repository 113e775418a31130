using Sluice.Core;
using Sluice.Engine.Tests.Support;
using Sluice.Storage.Sqlite;

namespace Sluice.Engine.Tests.Examples;

/// <summary>
/// The course's global data product on the real trips: a training pipeline reuses data_preparation's prepared frames
/// through the example's <c>training_set</c> product, which runs data_preparation the first time and is reused after.
/// </summary>
public sealed class NycTaxiTrainingSetTests : IAsyncLifetime
{
    private readonly string _root = SharedData.CopyNycTaxiWithLocalData();
    private SqliteMetadataStore _store = null!;
    private SluiceProject _project = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "pipelines", "product_shapes"));
        await File.WriteAllTextAsync(Path.Combine(_root, "pipelines", "product_shapes", "pipeline.yaml"), """
            blocks:
              - name: training_set
                data_product: training_set
              - name: shapes
                kind: custom
                upstream: [training_set]
            """);
        Directory.CreateDirectory(Path.Combine(_root, "custom"));
        await File.WriteAllTextAsync(Path.Combine(_root, "custom", "shapes.cs"), """
            public static class Shapes
            {
                [Custom]
                public static string Run(DataFrame all, DataFrame train, DataFrame val) =>
                    $"{all.Rows.Count} {train.Rows.Count}x{train.Columns.Count} {val.Rows.Count}x{val.Columns.Count}";
            }
            """);
        _store = await SqliteMetadataStore.OpenAsync(Path.Combine(_root, ".sluice", "sluice.db"));
        _project = SluiceProject.Open(_root, _store);
    }

    [Fact]
    public async Task Training_RecomputesTheTrainingSetOnce_ThenReusesIt_WithTheCourseShapes()
    {
        var first = await _project.RunAsync("product_shapes");
        var second = await _project.RunAsync("product_shapes");

        first.Run.Status.ShouldBe(RunStatus.Completed, first.Run.Error);
        second.Run.Status.ShouldBe(RunStatus.Completed, second.Run.Error);
        // PU_DO, trip_distance and duration: the split column is dropped.
        const string CourseShapes = "105870 54378x3 51492x3";
        (await first.ReadOutputAsync<string>("shapes", "output_0")).ShouldBe(CourseShapes);
        (await second.ReadOutputAsync<string>("shapes", "output_0")).ShouldBe(CourseShapes);
        var prepared = (await _store.Runs.ListRunsAsync(new RunFilter(new PipelineId("data_preparation")), new PageRequest())).Items;
        prepared.ShouldHaveSingleItem().Status.ShouldBe(RunStatus.Completed);
        var log = await _store.Logs.ListAsync(new LogFilter(second.Run.Id, "training_set"), new PageRequest());
        log.Items.ShouldContain(l => l.Message.Contains($"reused outputs of run {prepared[0].Id} of data_preparation", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        _project.Dispose();
        await _store.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }
}
