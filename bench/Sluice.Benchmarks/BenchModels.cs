using System.Globalization;
using System.Text.Json.Serialization;

using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

using Sluice.ML.Serving;

namespace Sluice.Benchmarks;

/// <summary>
/// The model the serving scenarios serve: the course's features (PU_DO one-hot, trip_distance) on synthetic trips
/// over 250 routes, boosted trees (FastTree, 100 trees of 20 leaves) as the course's champion is, saved with its
/// input schema as a training block saves it.
/// </summary>
internal static class BenchModels
{
    public static ModelSignature Signature { get; } = new(
        [new ModelColumn("PU_DO", ModelColumnType.String), new ModelColumn("trip_distance", ModelColumnType.Float32)],
        [new ModelColumn("Score", ModelColumnType.Float32)]);

    public static (string File, ITransformer Model) Train(string folder)
    {
        var ml = new MLContext(seed: 1);
        var random = new Random(7);
        var trips = Enumerable.Range(0, 20_000).Select(_ =>
        {
            var route = random.Next(250);
            var distance = (float)(random.NextDouble() * 12);
            return new Trip
            {
                Route = string.Create(CultureInfo.InvariantCulture, $"{route}_{(route * 7) % 265}"),
                Distance = distance,
                Duration = 2 + (4 * distance) + (route % 5) + (float)random.NextDouble(),
            };
        }).ToList();
        var data = ml.Data.LoadFromEnumerable(trips);
        var model = ml.Transforms.Categorical.OneHotEncoding("route", "PU_DO")
            .Append(ml.Transforms.Concatenate("Features", "route", "trip_distance"))
            .Append(ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                LabelColumnName = "duration", NumberOfTrees = 100, NumberOfLeaves = 20, NumberOfThreads = 1,
            }))
            .Fit(data);
        var file = Path.Combine(folder, "taxi.zip");
        ml.Model.Save(model, data.Schema, file);
        return (file, model);
    }

    /// <summary>The one version the benchmark serves, under every selector.</summary>
    internal sealed class OneVersion(string file) : IModelSource
    {
        public ValueTask<long> ReadGenerationAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(1L);

        public ValueTask<ModelLocation?> ResolveAsync(string model, ModelSelector selector, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<ModelLocation?>(model == "taxi" ? new ModelLocation("taxi", 1, file, Signature) : null);
    }

    internal sealed class Trip
    {
        [ColumnName("PU_DO")]
        [JsonPropertyName("PU_DO")]
        public string Route { get; set; } = string.Empty;

        [ColumnName("trip_distance")]
        [JsonPropertyName("trip_distance")]
        public float Distance { get; set; }

        [ColumnName("duration")]
        public float Duration { get; set; }
    }

    internal sealed class TripScore
    {
        public float Score { get; set; }
    }
}
