using System.Globalization;

using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Sluice.ML.Tests.Serving;

/// <summary>
/// Tree regressions on the course's features (a one-hot of 60 routes and the distance), trained here and saved with
/// their input schema, to compare compiled tree scoring with ML.NET's.
/// </summary>
internal static class TreeModels
{
    public const int Routes = 60;

    public static (string File, ITransformer Model) Train(string folder, TreeTrainer trainer, bool oneHot = true)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Trips(4000, seed: 7));
        IEstimator<ITransformer> features = oneHot
            ? ml.Transforms.Categorical.OneHotEncoding("route", "PU_DO").Append(ml.Transforms.Concatenate("Features", "route", "trip_distance"))
            : ml.Transforms.Concatenate("Features", "trip_distance", "trip_distance");
        IEstimator<ITransformer> regression = trainer switch
        {
            TreeTrainer.FastTree => ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                LabelColumnName = "duration", NumberOfTrees = 40, NumberOfLeaves = 16, NumberOfThreads = 1,
            }),
            TreeTrainer.FastTreeCategorical => ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                LabelColumnName = "duration", NumberOfTrees = 20, NumberOfLeaves = 8, NumberOfThreads = 1, CategoricalSplit = true,
            }),
            TreeTrainer.FastTreeTweedie => ml.Regression.Trainers.FastTreeTweedie(new FastTreeTweedieTrainer.Options
            {
                LabelColumnName = "duration", NumberOfTrees = 20, NumberOfLeaves = 8, NumberOfThreads = 1,
            }),
            _ => ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
            {
                LabelColumnName = "duration", NumberOfIterations = 40, NumberOfLeaves = 16, NumberOfThreads = 1, Seed = 1,
                HandleMissingValue = true,
            }),
        };
        var model = features.Append(regression).Fit(data);
        var file = Path.Combine(folder, $"{trainer}-{(oneHot ? "onehot" : "dense")}.zip");
        ml.Model.Save(model, data.Schema, file);
        return (file, model);
    }

    /// <summary>Trips over <see cref="Routes"/> routes (and a few never seen in training when <paramref name="unseen"/>).</summary>
    public static List<TestModels.Trip> Trips(int count, int seed, bool unseen = false)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var route = random.Next(unseen ? Routes + 10 : Routes);
            var distance = (float)Math.Round(random.NextDouble() * 15, 2);
            return new TestModels.Trip
            {
                Route = string.Create(CultureInfo.InvariantCulture, $"{route}_{(route * 7) % 265}"),
                Distance = distance,
                Duration = 2 + (3.5f * distance) + (route % 7) + (float)random.NextDouble(),
            };
        })];
    }
}
