using Microsoft.ML;

using Sluice.Core;
using Sluice.Engine.Tests.Support;
using Sluice.Engine.Tests.Tracking;
using Sluice.ML.Models;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Execution;

public sealed class TrainingBlockTrackingTests
{
    private const string Train = """
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
                var iterations = context.Variables.Get("iterations", 200);

                await using var run = await context.Tracking.StartRunAsync("toy", "sdca");
                await run.LogParamsAsync(new Dictionary<string, object> { ["trainer"] = "sdca", ["iterations"] = iterations });
                var model = ml.Transforms.Concatenate("Features", "x")
                    .Append(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
                    {
                        LabelColumnName = "y", FeatureColumnName = "Features", NumberOfThreads = 1, MaximumNumberOfIterations = iterations,
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

    private const string Predict = """
        using Microsoft.ML;
        using Microsoft.ML.Data;
        using Sluice.ML.Models;

        public static class Predict
        {
            [Custom]
            public static async Task<float> Run(string trackedRunId, BlockContext context)
            {
                var champion = await context.Models.FindAsync("toy-model", "champion")
                    ?? throw new InvalidOperationException("no champion");
                var ml = new MLContext(seed: 1);
                var (model, _) = ml.LoadModel(champion);
                IDataView rows = new DataFrame(new PrimitiveDataFrameColumn<float>("x", new[] { 3f }));
                return model.Transform(rows).GetColumn<float>("Score").Single();
            }
        }
        """;

    [Fact]
    public async Task Run_ABlockThatTrainsLogsAndRegisters_LeavesEverythingInTheStore_AndTheChampionLoadsAndPredicts()
    {
        await using var temp = new TempProject()
            .Write("custom/train.cs", Train)
            .Write("custom/predict.cs", Predict)
            .Write("pipelines/training/pipeline.yaml", """
                blocks:
                  - name: train
                    kind: custom
                  - name: predict
                    kind: custom
                    upstream: [train]
                """);
        var project = await temp.OpenAsync();

        var result = await project.RunAsync("training");

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        var runs = await temp.Store.Tracking.ListRunsAsync(TrackedRunFilter.All with { PipelineRun = result.Run.Id }, new PageRequest());
        var run = runs.Items.ShouldHaveSingleItem();
        run.Name.ShouldBe("sdca");
        run.Status.ShouldBe(TrackedRunStatus.Finished);
        run.Source.ShouldBe(new TrackedRunSource(result.Run.Id, new PipelineId("training"), "train", 1));
        run.Tags["sluice.block"].ShouldBe("train");
        run.Params.ShouldBe(new Dictionary<string, string> { ["trainer"] = "sdca", ["iterations"] = "200" }, ignoreOrder: true);
        run.Metrics["loss"].ShouldBe(1.0 / 3);
        run.Metrics["rmse"].ShouldBeLessThan(0.5);
        (await temp.Store.Tracking.ListMetricHistoryAsync(run.Id, "loss")).Select(p => p.Step).ShouldBe([0L, 1L, 2L]);
        (await temp.Store.Tracking.ListArtifactsAsync(run.Id)).Select(a => a.Name).ShouldBe(["model/model.zip", "model/signature.json"]);
        (await result.ReadOutputAsync<string>("train", "output_0")).ShouldBe(run.Id.Value);

        var champion = (await project.Models.FindAsync("toy-model", "champion")).ShouldNotBeNull();
        champion.Version.ShouldBe(1);
        champion.TrackedRunId.ShouldBe(run.Id.Value);
        champion.ModelPath.ShouldStartWith(Path.Combine(temp.Root, ".sluice", "artifacts", run.Experiment.Value, run.Id.Value));
        champion.Signature.Inputs.ShouldBe([new ModelColumn("x", ModelColumnType.Float32)]);
        champion.Signature.Outputs.ShouldBe([new ModelColumn("Score", ModelColumnType.Float32)]);
        var ml = new MLContext(seed: 1);
        var (model, _) = ml.LoadModel(champion);
        ToyModel.Predict(ml, model, 1f, 3f).ShouldBe([3f, 7f], tolerance: 0.6f);
        (await result.ReadOutputAsync<float>("predict", "output_0")).ShouldBe(7f, tolerance: 0.5f);
    }
}
