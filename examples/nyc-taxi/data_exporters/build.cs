using Microsoft.Data.Analysis;

using NycTaxi.DataPreparation;

using Sluice.ML.Data;
using Sluice.ML.Features;

namespace NycTaxi;

/// <summary>Turns the prepared frames into sparse feature matrices and target vectors for training.</summary>
public static class Build
{
    [DataExporter]
    public static (CsrMatrix X, CsrMatrix XTrain, CsrMatrix XVal, double[] Y, double[] YTrain, double[] YVal, DictVectorizer Vectorizer)
        ExportData(DataFrame all, DataFrame train, DataFrame val, BlockContext context)
    {
        var target = context.Variables.Get("target", "duration");

        var (x, _) = Encoders.VectorizeFeatures(FeatureSelector.SelectFeatures(all));
        var y = Target(all, target);

        var (xTrain, xVal, vectorizer) = Encoders.VectorizeFeatures(
            FeatureSelector.SelectFeatures(train),
            FeatureSelector.SelectFeatures(val));
        var yTrain = Target(train, target);
        var yVal = Target(val, target);

        return (x, xTrain, xVal, y, yTrain, yVal, vectorizer);
    }

    [BlockTest]
    public static void TestDataset(CsrMatrix x, CsrMatrix xTrain, CsrMatrix xVal, double[] y, double[] yTrain, double[] yVal)
    {
        BlockAssert.Equal(105870, x.RowCount, "Entire dataset should have 105870 examples");
        BlockAssert.Equal(7027, x.ColumnCount, "Entire dataset should have 7027 features");
        BlockAssert.Equal(x.RowCount, y.Length, $"Entire dataset should have {x.RowCount} examples");
    }

    [BlockTest]
    public static void TestTrainingSet(CsrMatrix x, CsrMatrix xTrain, CsrMatrix xVal, double[] y, double[] yTrain, double[] yVal)
    {
        BlockAssert.Equal(54378, xTrain.RowCount, "Training set for training model should have 54378 examples");
        BlockAssert.Equal(5094, xTrain.ColumnCount, "Training set for training model should have 5094 features");
        BlockAssert.Equal(xTrain.RowCount, yTrain.Length, $"Training set for training model should have {xTrain.RowCount} examples");
    }

    [BlockTest]
    public static void TestValidationSet(CsrMatrix x, CsrMatrix xTrain, CsrMatrix xVal, double[] y, double[] yTrain, double[] yVal)
    {
        BlockAssert.Equal(51492, xVal.RowCount, "Training set for validation should have 51492 examples");
        BlockAssert.Equal(5094, xVal.ColumnCount, "Training set for validation should have 5094 features");
        BlockAssert.Equal(xVal.RowCount, yVal.Length, $"Training set for validation should have {xVal.RowCount} examples");
    }

    // Durations are never null after cleaning (both timestamps are needed to keep a row), so NaN never appears.
    private static double[] Target(DataFrame frame, string target) =>
        Array.ConvertAll(Columns.ToArray<double>(frame[target]), value => value ?? double.NaN);
}
