using Microsoft.Data.Analysis;
using Microsoft.ML;
using Microsoft.ML.Data;
using Sluice.ML.Data;
using Sluice.ML.Features;
using Sluice.ML.Tests.Data;

namespace Sluice.ML.Tests.Training;

/// <summary>
/// The course's duration split: January 2024 trains, February validates; features are one-hot <c>PU_DO</c> (fitted
/// on January) plus <c>trip_distance</c>; the label is the trip's duration in minutes, kept within 1..60.
/// </summary>
public sealed class CourseSplit
{
    private static readonly string[] CourseColumns =
        ["lpep_pickup_datetime", "lpep_dropoff_datetime", "PULocationID", "DOLocationID", "trip_distance"];

    public CourseSplit()
    {
        var (trainFrame, trainLabels) = Read(NycTlcData.January2024);
        var (validFrame, validLabels) = Read(NycTlcData.February2024);
        var (vectorizer, train) = DictVectorizer.FitTransform(trainFrame);
        Train = train;
        Validation = vectorizer.Transform(validFrame);
        TrainLabels = trainLabels;
        ValidationLabels = validLabels;
        DistanceColumn = vectorizer.FeatureNames.ToList().IndexOf("trip_distance");
        if (DistanceColumn != train.ColumnCount - 1)
        {
            throw new InvalidOperationException("Expected trip_distance to sort after every PU_DO=... feature.");
        }
    }

    public CsrMatrix Train { get; }

    public CsrMatrix Validation { get; }

    public double[] TrainLabels { get; }

    public double[] ValidationLabels { get; }

    public int DistanceColumn { get; }

    /// <summary>Rows for ML.NET, with <c>trip_distance</c> multiplied by <paramref name="distanceScale"/>.</summary>
    public static IDataView Load(MLContext ml, CsrMatrix matrix, double[] labels, int distanceColumn, double distanceScale = 1, bool categoricalRoutes = false)
    {
        var rows = new TripRow[matrix.RowCount];
        var pointers = matrix.RowPointers;
        for (int r = 0; r < rows.Length; r++)
        {
            int start = pointers[r];
            int count = pointers[r + 1] - start;
            var indices = matrix.ColumnIndices.Slice(start, count).ToArray();
            var values = new float[count];
            for (int i = 0; i < count; i++)
            {
                double value = matrix.Values[start + i];
                values[i] = (float)(indices[i] == distanceColumn ? value * distanceScale : value);
            }

            rows[r] = new TripRow { Label = (float)labels[r], Features = new VBuffer<float>(matrix.ColumnCount, count, values, indices) };
        }

        var schema = SchemaDefinition.Create(typeof(TripRow));
        var features = schema[nameof(TripRow.Features)];
        features.ColumnType = new VectorDataViewType(NumberDataViewType.Single, matrix.ColumnCount);

        // Tell LightGBM which slots are one-hot routes, as ML.NET's own one-hot encoder would, so that
        // use_categorical_split can treat them as one category. DictVectorizer sorts "PU_DO=..." before "trip_distance".
        if (categoricalRoutes)
        {
            features.AddAnnotation(
                "CategoricalSlotRanges",
                new VBuffer<int>(2, [0, distanceColumn - 1]),
                new VectorDataViewType(NumberDataViewType.Int32, 2));
        }

        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    private static (DataFrame Features, double[] Labels) Read(string path)
    {
        var frame = Frames.ReadParquet(path, CourseColumns);
        var pickups = Columns.ToArray<DateTime>(frame["lpep_pickup_datetime"]);
        var dropoffs = Columns.ToArray<DateTime>(frame["lpep_dropoff_datetime"]);
        var origins = Columns.ToArray<int>(frame["PULocationID"]);
        var destinations = Columns.ToArray<int>(frame["DOLocationID"]);
        var distances = Columns.ToArray<double>(frame["trip_distance"]);

        var routes = new List<string>();
        var kept = new List<double>();
        var labels = new List<double>();
        for (int i = 0; i < pickups.Length; i++)
        {
            double minutes = (dropoffs[i]!.Value - pickups[i]!.Value).TotalMinutes;
            if (minutes is >= 1 and <= 60)
            {
                routes.Add($"{origins[i]}_{destinations[i]}");
                kept.Add(distances[i]!.Value);
                labels.Add(minutes);
            }
        }

        var features = new DataFrame(
            new StringDataFrameColumn("PU_DO", routes),
            new DoubleDataFrameColumn("trip_distance", kept));
        return (features, [.. labels]);
    }

    internal sealed class TripRow
    {
        public float Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
