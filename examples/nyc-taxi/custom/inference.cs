using Microsoft.ML;
using Microsoft.ML.Data;

using NycTaxi.Predict;

using Sluice.ML.Models;

namespace NycTaxi;

/// <summary>Predicts trip durations in minutes for the requests in the <c>inputs</c> variable (the course's predict).</summary>
public static class Inference
{
    [Custom]
    public static async Task<double[]> Predict(BlockContext context)
    {
        var name = context.Variables.GetString("registered_model", "nyc-taxi-duration");
        var alias = context.Variables.GetString("model_alias", "champion");
        var requests = TripRequests.Parse(context.Variables.GetString("inputs", "[]"));

        var version = await context.Models.FindAsync(name, alias, context.CancellationToken)
            ?? throw new InvalidOperationException($"Model '{name}' has no version '{alias}': run the training pipeline first.");
        var ml = new MLContext();
        var (model, _) = ml.LoadModel(version);
        var scores = model.Transform(TripRequests.Load(requests)).GetColumn<float>("Score");
        context.Logger.LogInformation("Predicted {Count} trips with {Name} version {Version}", requests.Count, name, version.Version);
        return [.. scores.Select(score => (double)score)];
    }
}
