namespace Sluice.Server.Tests.Support;

/// <summary>
/// Adds to a project a pipeline <c>training</c> whose one block, <c>train</c>, fits a tiny ML.NET regression (y = 2x + 1)
/// in experiment <c>toy</c>, logs its params, a loss per step and its RMSE, logs the model, registers it as
/// <c>toy-model</c> and points <c>champion</c> at the new version: what a course training block does, in a second.
/// </summary>
public static class TrainingPipeline
{
    public const string Block = """
        using Microsoft.ML;
        using Microsoft.ML.Trainers;
        using Sluice.ML.Models;

        public static class Train
        {
            [Custom]
            public static async Task<string> Run(BlockContext context)
            {
                var ml = new MLContext(seed: 1);
                var xs = Enumerable.Range(0, 40).Select(i => i / 10f).ToArray();
                var frame = new DataFrame(
                    new PrimitiveDataFrameColumn<float>("x", xs),
                    new PrimitiveDataFrameColumn<float>("y", xs.Select(x => (2 * x) + 1)));

                await using var run = await context.Tracking.StartRunAsync("toy", "sdca");
                await run.LogParamsAsync(new Dictionary<string, object> { ["trainer"] = "sdca", ["iterations"] = 200 });
                var model = ml.Transforms.Concatenate("Features", "x")
                    .Append(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
                    {
                        LabelColumnName = "y", FeatureColumnName = "Features", NumberOfThreads = 1, MaximumNumberOfIterations = 200,
                    }))
                    .Fit(frame);
                for (var step = 0; step < 3; step++)
                {
                    await run.LogMetricAsync("loss", 1.0 / (step + 1), step);
                }

                var metrics = ml.Regression.Evaluate(model.Transform(frame), labelColumnName: "y");
                await run.LogMetricAsync("rmse", metrics.RootMeanSquaredError);
                IDataView inputs = new DataFrame(new PrimitiveDataFrameColumn<float>("x", new[] { 0f }));
                await run.LogModelAsync(ml, model, inputs.Schema);
                var version = await context.Models.RegisterAsync("toy-model", run.Id);
                await context.Models.SetAliasAsync("toy-model", "champion", version.Version);
                return run.Id;
            }
        }
        """;

    /// <summary>Writes the pipeline and its block into the project at <paramref name="root"/>.</summary>
    public static void AddTo(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "pipelines", "training"));
        File.WriteAllText(Path.Combine(root, "pipelines", "training", "pipeline.yaml"), """
            blocks:
              - name: train
                kind: custom
            """);
        Directory.CreateDirectory(Path.Combine(root, "custom"));
        File.WriteAllText(Path.Combine(root, "custom", "train.cs"), Block);
    }
}
