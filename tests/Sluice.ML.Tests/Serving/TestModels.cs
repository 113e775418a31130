using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

using Sluice.Sdk;

namespace Sluice.ML.Tests.Serving;

/// <summary>
/// Real ML.NET models trained here and saved with their input schema, as a training block saves one:
/// a taxi-duration regression (the course's features) and a transform-only model over every column type.
/// </summary>
internal static class TestModels
{
    public static ModelSignature TaxiSignature { get; } = new(
        [new ModelColumn("PU_DO", ModelColumnType.String), new ModelColumn("trip_distance", ModelColumnType.Float32)],
        [new ModelColumn("Score", ModelColumnType.Float32)]);

    public static ModelSignature TypesSignature { get; } = new(
        [
            new ModelColumn("count", ModelColumnType.Int32),
            new ModelColumn("total", ModelColumnType.Int64),
            new ModelColumn("amount", ModelColumnType.Float64),
            new ModelColumn("flag", ModelColumnType.Boolean),
            new ModelColumn("name", ModelColumnType.String),
            new ModelColumn("when", ModelColumnType.DateTime),
            new ModelColumn("weights", ModelColumnType.Float32, 3),
        ],
        [
            new ModelColumn("Features", ModelColumnType.Float32, 7),
            new ModelColumn("Name", ModelColumnType.String),
            new ModelColumn("When", ModelColumnType.DateTime),
        ]);

    /// <summary>
    /// Trains SDCA on trips whose duration is 2 + <paramref name="minutesPerMile"/> x distance (+ 3 for one route),
    /// saves it in <paramref name="folder"/> and returns the file and the model.
    /// </summary>
    public static (string File, ITransformer Model) TrainTaxi(string folder, float minutesPerMile, string name = "taxi.zip")
    {
        var ml = new MLContext(seed: 1);
        var random = new Random(7);
        string[] routes = ["236_239", "65_170", "74_75", "41_42"];
        var trips = Enumerable.Range(0, 2000).Select(_ =>
        {
            var route = routes[random.Next(routes.Length)];
            var distance = (float)(random.NextDouble() * 10);
            return new Trip { Route = route, Distance = distance, Duration = 2 + (minutesPerMile * distance) + (route == "65_170" ? 3 : 0) };
        }).ToList();
        var data = ml.Data.LoadFromEnumerable(trips);
        var pipeline = ml.Transforms.Categorical.OneHotEncoding("route", "PU_DO")
            .Append(ml.Transforms.Concatenate("Features", "route", "trip_distance"))
            .Append(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
            {
                LabelColumnName = "duration", NumberOfThreads = 1, MaximumNumberOfIterations = 100,
            }));
        var model = pipeline.Fit(data);
        var file = Path.Combine(folder, name);
        ml.Model.Save(model, data.Schema, file);
        return (file, model);
    }

    /// <summary>A model with no trainer: it turns every numeric input into one feature vector and passes text and time through.</summary>
    public static string SaveTypes(string folder, bool withInputSchema = true)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(new[] { new Mixed() });
        var pipeline = ml.Transforms.Conversion.ConvertType(
                [new InputOutputColumnPair("count_f", "count"), new InputOutputColumnPair("total_f", "total"),
                 new InputOutputColumnPair("amount_f", "amount"), new InputOutputColumnPair("flag_f", "flag")],
                DataKind.Single)
            .Append(ml.Transforms.Concatenate("Features", "count_f", "total_f", "amount_f", "flag_f", "weights"))
            .Append(ml.Transforms.CopyColumns("Name", "name"))
            .Append(ml.Transforms.CopyColumns("When", "when"));
        var model = pipeline.Fit(data);
        var file = Path.Combine(folder, withInputSchema ? "types.zip" : "types-no-schema.zip");
        ml.Model.Save(model, withInputSchema ? data.Schema : null, file);
        return file;
    }

    /// <summary>A model of one input, a vector of 3 numbers, whose output is the same vector.</summary>
    public static (string File, ModelSignature Signature) SaveSingleInput(string folder)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(new[] { new Mixed() });
        var model = ml.Transforms.Concatenate("Features", "weights").Fit(data);
        var file = Path.Combine(folder, "single.zip");
        ml.Model.Save(model, data.Schema, file);
        return (file, new ModelSignature(
            [new ModelColumn("weights", ModelColumnType.Float32, 3)], [new ModelColumn("Features", ModelColumnType.Float32, 3)]));
    }

    /// <summary>What ML.NET's own PredictionEngine predicts for one trip, to compare serving with.</summary>
    public static float Predict(ITransformer model, string route, float distance)
    {
        var ml = new MLContext(seed: 1);
        using var engine = ml.Model.CreatePredictionEngine<Trip, TripScore>(model);
        return engine.Predict(new Trip { Route = route, Distance = distance }).Score;
    }

    internal sealed class Trip
    {
        [ColumnName("PU_DO")]
        public string Route { get; set; } = string.Empty;

        [ColumnName("trip_distance")]
        public float Distance { get; set; }

        [ColumnName("duration")]
        public float Duration { get; set; }
    }

    internal sealed class TripScore
    {
        public float Score { get; set; }
    }

    internal sealed class Mixed
    {
        [ColumnName("count")]
        public int Count { get; set; }

        [ColumnName("total")]
        public long Total { get; set; }

        [ColumnName("amount")]
        public double Amount { get; set; }

        [ColumnName("flag")]
        public bool Flag { get; set; }

        [ColumnName("name")]
        public string Name { get; set; } = string.Empty;

        [ColumnName("when")]
        public DateTime When { get; set; }

        [ColumnName("weights")]
        [VectorType(3)]
        public float[] Weights { get; set; } = [0, 0, 0];
    }
}
