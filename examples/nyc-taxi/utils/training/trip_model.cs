using Microsoft.ML;
using Microsoft.ML.Data;

using Sluice.ML.Training;

namespace NycTaxi.Training;

/// <summary>The model: PU_DO built from the two location ids, one-hot encoded, with the distance, into a trainer.</summary>
public static class TripModel
{
    // Linear trainers need the distance on a small scale: the longest trip in the data is 201,421 miles.
    private const double DistanceScale = 100;

    /// <summary>The whole chain for <paramref name="trainer"/> with <paramref name="parameters"/>.</summary>
    public static IEstimator<ITransformer> Create(
        MLContext ml, string trainer, IReadOnlyDictionary<string, double> parameters, int seed)
    {
        IEstimator<ITransformer> distance = SearchSpaces.IsLinear(trainer)
            ? ml.Transforms.Expression("scaled_distance", $"(d) => d / {DistanceScale}", "trip_distance")
                .Append(ml.Transforms.Conversion.ConvertType("distance", "scaled_distance", DataKind.Single))
            : ml.Transforms.Conversion.ConvertType("distance", "trip_distance", DataKind.Single);

        // One-hot encoding marks its slots as one categorical feature, which LightGBM's categorical split uses.
        return ml.Transforms.Expression("PU_DO", "(a, b) => concat(text(a), \"_\", text(b))", "PULocationID", "DOLocationID")
            .Append(ml.Transforms.Categorical.OneHotEncoding("route", "PU_DO"))
            .Append(distance)
            .Append(ml.Transforms.Concatenate("Features", "route", "distance"))
            .Append(RegressionTrainers.Create(ml, trainer, new TrainerSettings(TripRows.Label, "Features", seed)
            {
                Parameters = parameters,
            }));
    }
}
