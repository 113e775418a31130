using Microsoft.Extensions.Time.Testing;

using Sluice.Engine;
using Sluice.Engine.Tests.Tracking;
using Sluice.Engine.Tracking;
using Sluice.ML.Models;
using Sluice.Sdk;

namespace Sluice.Server.Tests.Support;

/// <summary>
/// Experiments, tracked runs and registered models written into an open project through the engine's own tracker
/// and registry (real SQLite, real artifact files, a real ML.NET model), a minute apart on a fake clock:
/// <list type="bullet">
/// <item>experiment <c>taxi-duration</c>: <c>lgbm-a</c> (learning_rate 0.1, rmse 6.0, 5.5, 5.3 over steps 0-2, a
/// model), <c>lgbm-b</c> (0.05, rmse 5.1, a model), <c>sdca</c> (0.2, rmse 5.9, Failed), <c>diverged</c> (1, rmse NaN);</item>
/// <item>experiment <c>baseline</c>: <c>mean</c> (r2 0.1);</item>
/// <item>model <c>taxi-model</c>: version 1 from lgbm-a, version 2 from lgbm-b, <c>champion</c> on version 1.</item>
/// </list>
/// </summary>
public static class TrackingSeed
{
    public const string Experiment = "taxi-duration";
    public const string Model = "taxi-model";
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static async Task<SeededTracking> SeedAsync(SluiceProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var clock = new FakeTimeProvider(T0);
        var tracker = new ExperimentTracker(project.Store, project.Artifacts, clock);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var (ml, model, inputs) = ToyModel.Train();

        async Task<ITrackedRun> StartAsync(string experiment, string name, string rate, params double[] rmse)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            var run = await tracker.StartRunAsync(experiment, name);
            ids[name] = run.Id;
            await run.LogParamsAsync(new Dictionary<string, object> { ["learning_rate"] = rate, ["trainer"] = name.Split('-')[0] });
            for (var step = 0; step < rmse.Length; step++)
            {
                await run.LogMetricAsync("rmse", rmse[step], step);
            }

            return run;
        }

        await using (var a = await StartAsync(Experiment, "lgbm-a", "0.1", 6.0, 5.5, 5.3))
        {
            await SaveModelAsync(a);
            await a.SetTagAsync("owner", "ana");
        }

        await using (var b = await StartAsync(Experiment, "lgbm-b", "0.05", 5.1))
        {
            await SaveModelAsync(b);
        }

        await using (var sdca = await StartAsync(Experiment, "sdca", "0.2", 5.9))
        {
            await sdca.EndAsync(TrackedRunStatus.Failed);
        }

        await using (await StartAsync(Experiment, "diverged", "1", double.NaN))
        {
        }

        clock.Advance(TimeSpan.FromMinutes(1));
        await using (var mean = await tracker.StartRunAsync("baseline", "mean"))
        {
            ids["mean"] = mean.Id;
            await mean.LogMetricAsync("r2", 0.1);
        }

        await project.Models.RegisterAsync(Model, ids["lgbm-a"]);
        await project.Models.RegisterAsync(Model, ids["lgbm-b"]);
        await project.Models.SetAliasAsync(Model, "champion", 1);
        var experiment = (await project.Store.Tracking.FindExperimentByNameAsync(Experiment)).ShouldNotBeNull();
        return new SeededTracking(experiment.Id.Value, ids);

        Task SaveModelAsync(ITrackedRun run) => run.LogModelAsync(ml, model, inputs.Schema);
    }
}
