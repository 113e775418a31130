using System.Globalization;
using System.Text;

using Microsoft.ML;

using Sluice.ML.Serving;
using Sluice.ML.Serving.Trees;
using Sluice.ML.Tests.Data;

namespace Sluice.ML.Tests.Serving;

public sealed class CompiledTreesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(TreeTrainer.FastTree, true)]
    [InlineData(TreeTrainer.FastTree, false)]
    [InlineData(TreeTrainer.LightGbm, true)]
    public async Task Predict_TreeRegression_IsScoredByCompiledTrees_WithMLNetsScoresBitForBit(TreeTrainer trainer, bool oneHot)
    {
        var (file, model) = TreeModels.Train(_folder.Path, trainer, oneHot);
        var trips = TreeModels.Trips(300, seed: 11, unseen: true);

        Compiles(file).ShouldBeTrue("a FastTree or LightGBM regression ending the chain is scored by the compiled trees");
        var served = await ServeAsync(file);
        var scores = Predictions.Scores(Predictions.Of(served, Body(trips)));

        scores.ShouldBe(MLNetScores(model, trips));
        scores.Distinct().Count().ShouldBeGreaterThan(20, "the trees must tell the trips apart");
    }

    [Fact]
    public async Task Predict_MissingDistance_IsScoredAsMLNetScoresANaN()
    {
        var (file, model) = TreeModels.Train(_folder.Path, TreeTrainer.LightGbm);
        var served = await ServeAsync(file);

        var scores = Predictions.Scores(Predictions.Of(served, """[{"PU_DO": "12_84", "trip_distance": null}, {"PU_DO": "12_84", "trip_distance": 3.5}]"""));

        scores.ShouldBe(MLNetScores(model, [
            new TestModels.Trip { Route = "12_84", Distance = float.NaN },
            new TestModels.Trip { Route = "12_84", Distance = 3.5f },
        ]));
    }

    [Theory]
    [InlineData(TreeTrainer.FastTreeCategorical)]
    [InlineData(TreeTrainer.FastTreeTweedie)]
    public async Task Predict_TreesTheCompiledLayoutDoesNotReproduce_AreScoredByMLNet(TreeTrainer trainer)
    {
        var (file, model) = TreeModels.Train(_folder.Path, trainer);
        var trips = TreeModels.Trips(100, seed: 5);

        Compiles(file).ShouldBeFalse("categorical splits and Tweedie's exponential are left to ML.NET");
        var scores = Predictions.Scores(Predictions.Of(await ServeAsync(file), Body(trips)));

        scores.ShouldBe(MLNetScores(model, trips));
    }

    [Fact]
    public void TryCreate_LinearModel_OrOutputsBesideTheScore_GiveNoCompiledTrees()
    {
        var (linear, _) = TestModels.TrainTaxi(_folder.Path, minutesPerMile: 4);
        var (trees, _) = TreeModels.Train(_folder.Path, TreeTrainer.FastTree);

        Compiles(linear).ShouldBeFalse();
        var model = new MLContext().Model.Load(trees, out var schema);
        TreeScoring.TryCreate(model, schema!, ["Score", "Features"]).ShouldBeNull();
        TreeScoring.TryCreate(model, schema!, ["Score"]).ShouldNotBeNull();
    }

    public void Dispose() => _folder.Dispose();

    private static bool Compiles(string file)
    {
        var model = new MLContext().Model.Load(file, out var schema);
        return TreeScoring.TryCreate(model, schema!, ["Score"]) is not null;
    }

    private static async Task<ServedModel> ServeAsync(string file)
    {
        var source = new InMemoryModelSource();
        source.Register("trees", file, TestModels.TaxiSignature);
        return await new ServedModels(source).GetAsync("trees", ModelSelector.Latest);
    }

    private static float[] MLNetScores(ITransformer model, IEnumerable<TestModels.Trip> trips)
    {
        using var engine = new MLContext(seed: 1).Model.CreatePredictionEngine<TestModels.Trip, TestModels.TripScore>(model);
        return [.. trips.Select(trip => engine.Predict(trip).Score)];
    }

    private static string Body(IEnumerable<TestModels.Trip> trips)
    {
        var json = new StringBuilder("[");
        foreach (var trip in trips)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""{"PU_DO": "{{trip.Route}}", "trip_distance": {{trip.Distance:R}}},""");
        }

        json[^1] = ']';
        return json.ToString();
    }
}
