using Microsoft.Data.Analysis;

using NycTaxi.Training;

namespace NycTaxi;

/// <summary>
/// Tunes one model (the course's hyperparameter_tuning): each try is a tracked run in the experiment with its
/// parameters, mse, rmse and the model; returns the best try.
/// </summary>
public static class HyperparameterTuning
{
    [Transformer]
    public static async Task<(string Model, string TrackedRun, double Rmse, double Mse)> Tune(
        string model, DataFrame all, DataFrame train, DataFrame val, BlockContext context)
    {
        var tuner = new ModelTuner(
            model,
            context.Variables.GetString("experiment", "nyc-taxi-experiment"),
            context.Variables.Get("max_evaluations", 3),
            context.Variables.Get("random_state", 7));
        var target = context.Variables.GetString("target", "duration");
        var best = await tuner.TuneAsync(
            TripRows.Load(train, target), TripRows.Load(val, target), context.Tracking, context.CancellationToken);
        context.Logger.LogInformation(
            "Best {Model}: validation RMSE {Rmse:0.000} (tracked run {Run})", model, best.Rmse, best.TrackedRun);
        return (model, best.TrackedRun, best.Rmse, best.Mse);
    }
}
