using Microsoft.Data.Analysis;

using Sluice.ML.Features;
using Sluice.ML.Tests.Profiling;

namespace Sluice.ML.Tests.Features;

public class DictVectorizerTests
{
    private static DataFrame Trips(string?[] puDo, double?[] distance) => new(
        new StringDataFrameColumn("PU_DO", puDo),
        new DoubleDataFrameColumn("trip_distance", distance));

    [Fact]
    public void Fit_SortsFeatureNamesOrdinallyLikeScikitLearn()
    {
        // Culture-aware sorting puts "1_10" first ('_' before digits); Python's sort compares code points.
        DictVectorizer vectorizer = DictVectorizer.Fit(Trips(["1_10", "10_1"], [1.0, 2.0]));

        vectorizer.FeatureNames.ShouldBe(["PU_DO=10_1", "PU_DO=1_10", "trip_distance"]);
        vectorizer.FeatureCount.ShouldBe(3);
    }

    [Fact]
    public void FitTransform_OneHotsStringsAndKeepsNumbers()
    {
        (DictVectorizer _, CsrMatrix matrix) = DictVectorizer.FitTransform(
            Trips(["10_1", "1_10", "10_1", null], [1.5, 0.0, 2.0, 3.0]));

        // Features: 0 = PU_DO=10_1, 1 = PU_DO=1_10, 2 = trip_distance; the null PU_DO is skipped and
        // the numeric zero is stored explicitly, as scikit-learn stores it.
        matrix.Shape.ShouldBe((4, 3));
        matrix.RowPointers.ToArray().ShouldBe([0, 2, 4, 6, 7]);
        matrix.ColumnIndices.ToArray().ShouldBe([0, 2, 1, 2, 0, 2, 2]);
        matrix.Values.ToArray().ShouldBe([1d, 1.5, 1d, 0d, 1d, 2d, 3d]);
    }

    [Fact]
    public void Transform_IgnoresValuesNotSeenWhenFitted()
    {
        DictVectorizer vectorizer = DictVectorizer.Fit(Trips(["10_1", "1_10"], [1.0, 2.0]));

        CsrMatrix validation = vectorizer.Transform(Trips(["1_10", "99_99"], [5.0, null]));

        validation.Shape.ShouldBe((2, 3));
        validation.Row(0).ToArray().ShouldBe([(1, 1d), (2, 5d)]);
        validation.Row(1).ShouldBeEmpty();
    }

    [Fact]
    public void Transform_OrdersEachRowByFeatureIndexNotByColumnOrder()
    {
        // "b" comes first in the frame but its features sort after "a".
        var frame = new DataFrame(
            new StringDataFrameColumn("b", ["x", "y"]),
            new Int32DataFrameColumn("a", [7, 8]),
            new BooleanDataFrameColumn("c", [true, false]));

        (DictVectorizer vectorizer, CsrMatrix matrix) = DictVectorizer.FitTransform(frame);

        vectorizer.FeatureNames.ShouldBe(["a", "b=x", "b=y", "c"]);
        matrix.Row(0).ToArray().ShouldBe([(0, 7d), (1, 1d), (3, 1d)]);
        matrix.Row(1).ToArray().ShouldBe([(0, 8d), (2, 1d), (3, 0d)]);
    }

    [Fact]
    public void Transform_ReadsArrowStringColumns()
    {
        var frame = new DataFrame(ArrowStrings.Column("PU_DO", ["é_1", null, "2_2"]));

        (DictVectorizer vectorizer, CsrMatrix matrix) = DictVectorizer.FitTransform(frame);

        vectorizer.FeatureNames.ShouldBe(["PU_DO=2_2", "PU_DO=é_1"]);
        matrix.Row(0).ToArray().ShouldBe([(1, 1d)]);
        matrix.Row(1).ShouldBeEmpty();
        matrix.Row(2).ToArray().ShouldBe([(0, 1d)]);
    }

    [Fact]
    public void Transform_WhenColumnWasNeverFitted_Throws()
    {
        DictVectorizer vectorizer = DictVectorizer.Fit(Trips(["1_1"], [1.0]));
        var frame = new DataFrame(new DoubleDataFrameColumn("fare", [1.0]));

        Should.Throw<ArgumentException>(() => vectorizer.Transform(frame)).Message.ShouldContain("'fare'");
    }

    [Fact]
    public void Transform_WhenFittedColumnIsMissing_LeavesItsFeaturesEmpty()
    {
        DictVectorizer vectorizer = DictVectorizer.Fit(Trips(["1_1"], [1.0]));

        CsrMatrix matrix = vectorizer.Transform(new DataFrame(new DoubleDataFrameColumn("trip_distance", [4.0])));

        matrix.Row(0).ToArray().ShouldBe([(1, 4d)]);
    }

    [Fact]
    public void Constructor_RestoresAFittedVectorizer()
    {
        DictVectorizer fitted = DictVectorizer.Fit(Trips(["10_1", "1_10"], [1.0, 2.0]));
        var restored = new DictVectorizer(fitted.FeatureNames, fitted.StringColumns, fitted.NumericColumns);
        DataFrame validation = Trips(["1_10", "10_1"], [3.0, 4.0]);

        CsrMatrix expected = fitted.Transform(validation);
        CsrMatrix actual = restored.Transform(validation);

        actual.ColumnIndices.ToArray().ShouldBe(expected.ColumnIndices.ToArray());
        actual.Values.ToArray().ShouldBe(expected.Values.ToArray());
        actual.RowPointers.ToArray().ShouldBe([0, 2, 4]);
    }

    [Fact]
    public void Fit_WhenColumnIsNeitherStringNorNumber_Throws()
    {
        var frame = new DataFrame(new DateTimeDataFrameColumn("when", [new DateTime(2024, 1, 1)]));

        Should.Throw<ArgumentException>(() => DictVectorizer.Fit(frame)).Message.ShouldContain("'when'");
    }
}
