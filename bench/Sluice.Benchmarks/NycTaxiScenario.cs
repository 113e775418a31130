using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using NycTaxi;
using Sluice.Core;

namespace Sluice.Benchmarks;

/// <summary>
/// (d) The course's data_preparation through Sluice (warm, outputs persisted), against calling the same block
/// methods directly in sequence (target: at most 2x).
/// </summary>
internal sealed class NycTaxiScenario : IScenario
{
    public async Task<ScenarioResult> RunAsync()
    {
        var data = Paths.NycTlcFolder();
        var root = Paths.CopyExample("nyc-taxi");
        var variables = new Dictionary<string, object?> { ["data_folder"] = data };
        await using var bench = await BenchProject.OpenAsync(root);
        var sluice = await Measure.MedianAsync(1, 7, async () =>
        {
            var result = await bench.Project.RunAsync("data_preparation", variables);
            if (result.Run.Status != RunStatus.Completed)
            {
                throw new InvalidOperationException($"data_preparation ended {result.Run.Status}: {result.Run.Error}");
            }
        });

        var pipelineVariables = new Dictionary<string, object?>(variables)
        {
            ["year"] = 2024,
            ["months"] = "1,2",
            ["split_on_feature"] = "lpep_pickup_datetime",
            ["split_on_feature_value"] = "2024-02-01",
            ["target"] = "duration",
        };
        var context = new BlockContext(
            new BlockRunInfo("direct", "data_preparation", "direct", 1, null, root),
            new BlockVariables(pipelineVariables),
            NullLogger.Instance,
            Path.Combine(root, ".sluice", "direct-cache"),
            CancellationToken.None);
        var baseline = await Measure.MedianAsync(1, 7, () =>
        {
            var trips = Ingest.LoadData(context);
            var (all, train, val) = Prepare.Transform(trips, context);
            var built = Build.ExportData(all, train, val, context);
            if (built.X.RowCount == 0)
            {
                throw new InvalidOperationException("The direct calls built nothing.");
            }
        });

        var ratio = sluice / baseline;
        return new ScenarioResult(
            "(d) nyc-taxi data_preparation",
            sluice,
            baseline,
            string.Create(CultureInfo.InvariantCulture, $"{ratio:0.00}x direct calls"),
            "<= 2x",
            ratio <= 2.0);
    }
}
