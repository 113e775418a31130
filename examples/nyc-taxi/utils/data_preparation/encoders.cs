using Microsoft.Data.Analysis;

using Sluice.ML.Features;

namespace NycTaxi.DataPreparation;

public static class Encoders
{
    /// <summary>Fits a vectorizer on <paramref name="training"/> and encodes it.</summary>
    public static (CsrMatrix Train, DictVectorizer Vectorizer) VectorizeFeatures(DataFrame training)
    {
        var (vectorizer, train) = DictVectorizer.FitTransform(training);
        return (train, vectorizer);
    }

    /// <summary>
    /// Fits a vectorizer on <paramref name="training"/> and encodes both sets with it: validation values never seen in
    /// training become all-zero features.
    /// </summary>
    public static (CsrMatrix Train, CsrMatrix Val, DictVectorizer Vectorizer) VectorizeFeatures(
        DataFrame training, DataFrame validation)
    {
        var (vectorizer, train) = DictVectorizer.FitTransform(training);
        var sameColumns = new DataFrame(training.Columns.Select(column => validation[column.Name]));
        return (train, vectorizer.Transform(sameColumns), vectorizer);
    }
}
