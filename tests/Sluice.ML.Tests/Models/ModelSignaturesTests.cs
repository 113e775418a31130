using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

using Sluice.ML.Models;
using Sluice.Sdk;

namespace Sluice.ML.Tests.Models;

public sealed class ModelSignaturesTests
{
    private static readonly MLContext Ml = new(seed: 1);

    private static DataViewSchema RequestSchema => ((IDataView)Trips(withLabel: false)).Schema;

    private static DataFrame Trips(bool withLabel = true)
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("PU_DO", ["1_2", "2_3", "1_2", "3_4"]),
            new PrimitiveDataFrameColumn<float>("trip_distance", [1f, 2f, 1.5f, 3f]));
        if (withLabel)
        {
            frame.Columns.Add(new PrimitiveDataFrameColumn<float>("duration", [5f, 9f, 7f, 14f]));
        }

        return frame;
    }

    private static TransformerChain<RegressionPredictionTransformer<LinearRegressionModelParameters>> Regression() => Ml.Transforms.Categorical.OneHotEncoding("PU_DO_hot", "PU_DO")
        .Append(Ml.Transforms.Concatenate("Features", "PU_DO_hot", "trip_distance"))
        .Append(Ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
        {
            LabelColumnName = "duration", FeatureColumnName = "Features", NumberOfThreads = 1, MaximumNumberOfIterations = 10,
        }))
        .Fit(Trips());

    [Fact]
    public void Infer_ForARegressionModel_GivesTheRequestColumnsInAndScoreOut()
    {
        var signature = ModelSignatures.Infer(Regression(), RequestSchema);

        signature.Inputs.ShouldBe([new ModelColumn("PU_DO", ModelColumnType.String), new ModelColumn("trip_distance", ModelColumnType.Float32)]);
        signature.Outputs.ShouldBe([new ModelColumn("Score", ModelColumnType.Float32)]);
    }

    [Fact]
    public void Infer_ForAModelWithoutPredictionColumns_ListsEveryColumnItAdds_VectorsWithTheirSize()
    {
        var features = Ml.Transforms.Concatenate("Features", "trip_distance", "trip_distance").Fit(Trips());

        var signature = ModelSignatures.Infer(features, RequestSchema);

        signature.Outputs.ShouldBe([new ModelColumn("Features", ModelColumnType.Float32, 2)]);
    }

    [Fact]
    public void Infer_WithOutputColumnsNamed_ListsThoseInTheirOrder()
    {
        var signature = ModelSignatures.Infer(Regression(), RequestSchema, ["Score", "trip_distance"]);

        signature.Outputs.Select(c => c.Name).ShouldBe(["Score", "trip_distance"]);
    }

    [Fact]
    public void Infer_WithAnOutputColumnTheModelDoesNotGive_FailsListingThoseItGives()
    {
        var error = Should.Throw<ArgumentException>(
            () => ModelSignatures.Infer(Regression(), RequestSchema, ["Prediction"]));

        error.Message.ShouldStartWith("Output column 'Prediction' is not in the model's output; it gives PU_DO, trip_distance, PU_DO_hot, Features, Score.");
    }

    [Fact]
    public void Infer_WhenAnOutputIsAKeyType_FailsNamingTheColumnAndTheFix()
    {
        var keys = Ml.Transforms.Conversion.MapValueToKey("PU_DO_key", "PU_DO").Fit(Trips());

        var error = Should.Throw<ArgumentException>(() => ModelSignatures.Infer(keys, RequestSchema));

        error.Message.ShouldStartWith("Column 'PU_DO_key' is a key type; map it back to values with MapKeyToValue, which a model signature cannot describe");
    }

    [Fact]
    public void Infer_WhenTheModelCannotReadTheSchema_SaysSo()
    {
        IDataView distanceOnly = new DataFrame(new PrimitiveDataFrameColumn<float>("trip_distance", [1f]));

        var error = Should.Throw<ArgumentException>(() => ModelSignatures.Infer(Regression(), distanceOnly.Schema));

        error.Message.ShouldStartWith("The model cannot read the input schema it was given: ");
        error.Message.ShouldContain("PU_DO", Case.Sensitive);
    }

    [Fact]
    public void LoadModel_WhenTheFileIsGone_FailsNamingModelVersionAndPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sluice-missing-{Guid.NewGuid():N}", "model.zip");
        var version = new RegisteredModelVersion(
            "taxi", 3, new string('a', 32), path, new ModelSignature([], []), DateTimeOffset.UnixEpoch, []);

        var error = Should.Throw<FileNotFoundException>(() => Ml.LoadModel(version));

        error.Message.ShouldBe($"Model 'taxi' version 3 cannot be loaded: its model file {path} is missing.");
    }
}
