using Sluice.Core;
using Sluice.Engine.Tests.Support;
using Sluice.Storage.Sqlite;

namespace Sluice.Engine.Tests.Examples;

/// <summary>
/// The course's training and predict pipelines on the real trips: the fan-out tunes a linear model and two boosted
/// tree models, every try is tracked in nyc-taxi-experiment, the best is registered as the champion, and the predict
/// pipeline answers the course's two requests with it.
/// </summary>
public sealed class NycTaxiTrainingTests : IAsyncLifetime
{
    // Two tries per model keep the test to a minute of CPU; the bounds are the issue's, from the course's figures.
    private static readonly Dictionary<string, object?> QuickTuning = new() { ["max_evaluations"] = 2 };

    private readonly string _root = SharedData.CopyNycTaxiWithLocalData();
    private SqliteMetadataStore _store = null!;
    private SluiceProject _project = null!;

    public async Task InitializeAsync()
    {
        _store = await SqliteMetadataStore.OpenAsync(Path.Combine(_root, ".sluice", "sluice.db"));
        _project = SluiceProject.Open(_root, _store);
    }

    [Fact]
    public async Task Training_TunesTracksAndRegistersTheBest_AndPredictUsesIt()
    {
        var training = await _project.RunAsync("training", QuickTuning);

        training.Run.Status.ShouldBe(RunStatus.Completed, training.Run.Error);
        var experiment = (await _store.Tracking.FindExperimentByNameAsync("nyc-taxi-experiment")).ShouldNotBeNull();
        var tries = (await _store.Tracking.ListRunsAsync(
            new TrackedRunFilter(experiment.Id) { OrderBy = TrackedRunOrder.ByMetric("rmse") }, new PageRequest(1, 100))).Items
            .Where(run => run.Metrics.ContainsKey("rmse"))
            .ToList();
        tries.Count.ShouldBe(6);
        tries.ShouldAllBe(run => run.Source!.PipelineRun == training.Run.Id && run.Params.Count > 0 && run.Metrics.ContainsKey("mse"));
        BestRmse(tries, "lightgbm", "fast_tree").ShouldBeLessThanOrEqualTo(5.3);
        BestRmse(tries, "sdca").ShouldBeLessThanOrEqualTo(6.1);

        var champion = (await _project.Models.FindAsync("nyc-taxi-duration", "champion")).ShouldNotBeNull();
        champion.TrackedRunId.ShouldBe(tries[0].Id.Value);
        (await training.ReadOutputAsync<int>("register_best", "Version")).ShouldBe(champion.Version);

        var predict = await _project.RunAsync("predict");

        predict.Run.Status.ShouldBe(RunStatus.Completed, predict.Run.Error);
        var minutes = await predict.ReadOutputAsync<double[]>("inference", "output_0");
        minutes.Length.ShouldBe(2);
        minutes[0].ShouldBeInRange(6, 18);    // 236 -> 239, 1.98 miles: 11.5 minutes in the data
        minutes[1].ShouldBeInRange(14, 32);   // 65 -> 170, 6.54 miles: 20.87 minutes in the data
    }

    [Fact]
    public async Task Predict_WithInputsThatLackAField_FailsNamingTheInputAndField()
    {
        var predict = await _project.RunAsync("predict", new Dictionary<string, object?>
        {
            ["inputs"] = """[{"PULocationID": 236, "trip_distance": 1.98}]""",
        });

        predict.Run.Status.ShouldBe(RunStatus.Failed);
        predict.Run.Error.ShouldNotBeNull().ShouldContain("Input 0 has no DOLocationID");
    }

    public async Task DisposeAsync()
    {
        _project.Dispose();
        await _store.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    private static double BestRmse(List<TrackedRun> tries, params string[] models) =>
        tries.Where(run => models.Contains(run.Tags["model"])).Min(run => run.Metrics["rmse"]);
}
