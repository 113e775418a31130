using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Sluice.Engine.Tests.Tracking;

/// <summary>A real, tiny ML.NET regression: y = 2x + 1 learned by SDCA on one thread.</summary>
internal static class ToyModel
{
    public static (MLContext Ml, ITransformer Model, IDataView Inputs) Train()
    {
        var ml = new MLContext(seed: 1);
        var xs = Enumerable.Range(0, 40).Select(i => i / 10f).ToArray();
        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<float>("x", xs),
            new PrimitiveDataFrameColumn<float>("y", xs.Select(x => (2 * x) + 1)));
        var model = ml.Transforms.Concatenate("Features", "x")
            .Append(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
            {
                LabelColumnName = "y",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }))
            .Fit(frame);
        return (ml, model, Inputs(3f));
    }

    /// <summary>A frame of what a prediction gives the model: x only.</summary>
    public static IDataView Inputs(params float[] xs) => new DataFrame(new PrimitiveDataFrameColumn<float>("x", xs));

    public static float[] Predict(MLContext ml, ITransformer model, params float[] xs) =>
        [.. model.Transform(Inputs(xs)).GetColumn<float>("Score")];
}
