using Microsoft.ML;

using Sluice.ML.Models;
using Sluice.ML.Tuning;

namespace NycTaxi.Training;

/// <summary>
/// Tunes one model with TPE, as the course does with hyperopt: every try is a tracked run holding its parameters,
/// its validation mse and rmse, and its model; a search run follows the best rmse so far, one step per try.
/// </summary>
public sealed class ModelTuner(string model, string experiment, int maxEvaluations, int seed)
{
    public async Task<TunedModel> TuneAsync(
        IDataView train, IDataView validation, IExperimentTracker tracking, CancellationToken cancellationToken)
    {
        var search = new HyperparameterSearch(
            SearchSpaces.For(model), new HyperparameterSearchOptions { MaxEvaluations = maxEvaluations, Seed = seed });
        var tries = new Dictionary<int, TunedModel>();
        await using var searchRun = await tracking.StartRunAsync(experiment, $"{model}-search", cancellationToken);
        await searchRun.SetTagAsync("model", model, cancellationToken);
        await searchRun.LogParamsAsync(
            new Dictionary<string, object> { ["model"] = model, ["max_evaluations"] = maxEvaluations, ["random_state"] = seed },
            cancellationToken);

        var result = await search.MinimizeAsync(
            async (trial, token) =>
            {
                var tried = await TryAsync(trial, train, validation, tracking, searchRun.Id, token);
                tries[trial.Number] = tried;
                return tried.Rmse;
            },
            async (finished, token) =>
            {
                if (tries.TryGetValue(finished.Trial.Number, out _))
                {
                    var bestSoFar = tries.Values.Min(t => t.Rmse);
                    await searchRun.LogMetricAsync("best_rmse", bestSoFar, finished.Trial.Number, token);
                }
            },
            cancellationToken);

        var best = tries[result.Best.Trial.Number];
        await searchRun.SetTagAsync("best_run", best.TrackedRun, cancellationToken);
        return best;
    }

    private async Task<TunedModel> TryAsync(
        Trial trial, IDataView train, IDataView validation, IExperimentTracker tracking, string searchRun, CancellationToken token)
    {
        var parameters = new Dictionary<string, double>(SearchSpaces.Fixed(model));
        foreach (var (name, value) in trial.ToParameters())
        {
            parameters[name] = value;
        }

        var run = await tracking.StartRunAsync(experiment, $"{model}-{trial.Number}", token);
        try
        {
            await run.SetTagAsync("model", model, token);
            await run.SetTagAsync("search_run", searchRun, token);
            await run.LogParamsAsync(parameters.ToDictionary(p => p.Key, p => (object)p.Value), token);

            // One context per try: LightGBM samples rows from the context's generator, so tries sharing one would
            // depend on the order they ran in.
            var ml = new MLContext(seed);
            var fitted = TripModel.Create(ml, model, parameters, seed).Fit(train);
            var metrics = ml.Regression.Evaluate(fitted.Transform(validation), TripRows.Label);
            await run.LogMetricsAsync(
                new Dictionary<string, double> { ["mse"] = metrics.MeanSquaredError, ["rmse"] = metrics.RootMeanSquaredError },
                cancellationToken: token);
            await run.LogModelAsync(ml, fitted, TripRows.RequestSchema(), cancellationToken: token);
            await run.EndAsync(cancellationToken: token);
            return new TunedModel(run.Id, metrics.RootMeanSquaredError, metrics.MeanSquaredError);
        }
        catch
        {
            await run.EndAsync(TrackedRunStatus.Failed, CancellationToken.None);
            throw;
        }
        finally
        {
            await run.DisposeAsync();
        }
    }
}
