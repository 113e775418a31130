using Microsoft.Data.Analysis;
using Microsoft.ML;

using Sluice.ML.Data;

namespace NycTaxi.Training;

/// <summary>
/// The prepared trips as ML.NET rows: the fields the course's predict call sends (PULocationID, DOLocationID,
/// trip_distance) and the duration as the label. The served model builds PU_DO itself, so a request carries the same
/// fields as the course's.
/// </summary>
public static class TripRows
{
    public const string Label = "Label";

    /// <summary>Rows of <paramref name="frame"/> (columns PU_DO, trip_distance and <paramref name="target"/>).</summary>
    public static IDataView Load(DataFrame frame, string target)
    {
        var routes = Columns.ToStringArray(frame["PU_DO"]);
        var distances = Columns.ToArray<double>(frame["trip_distance"]);
        var durations = Columns.ToArray<double>(frame[target]);

        var origins = new int[routes.Length];
        var destinations = new int[routes.Length];
        var labels = new float[routes.Length];
        var kept = new double[routes.Length];
        for (int i = 0; i < routes.Length; i++)
        {
            // PU_DO is "<PULocationID>_<DOLocationID>", built by the data_preparation pipeline.
            var route = routes[i] ?? throw new InvalidOperationException($"Row {i} has no PU_DO.");
            int separator = route.IndexOf('_', StringComparison.Ordinal);
            origins[i] = int.Parse(route.AsSpan(0, separator), provider: null);
            destinations[i] = int.Parse(route.AsSpan(separator + 1), provider: null);
            kept[i] = distances[i] ?? 0;
            labels[i] = (float)(durations[i] ?? double.NaN);
        }

        return new DataFrame(
            new Int32DataFrameColumn("PULocationID", origins),
            new Int32DataFrameColumn("DOLocationID", destinations),
            new DoubleDataFrameColumn("trip_distance", kept),
            new SingleDataFrameColumn(Label, labels));
    }

    /// <summary>What a prediction request holds: the rows' columns without the label.</summary>
    public static DataViewSchema RequestSchema()
    {
        IDataView request = new DataFrame(
            new Int32DataFrameColumn("PULocationID"),
            new Int32DataFrameColumn("DOLocationID"),
            new DoubleDataFrameColumn("trip_distance"));
        return request.Schema;
    }
}
