using Microsoft.Data.Analysis;

using Sluice.ML.Data;

namespace NycTaxi.DataPreparation;

public static class Cleaning
{
    /// <summary>
    /// Adds <c>duration</c> (minutes, as a fraction), keeps trips of 1 to 60 minutes (both included) unless
    /// <paramref name="includeExtremeDurations"/>, and turns the location ids into strings so that they are encoded
    /// as categories. The input frame is left as it was.
    /// </summary>
    public static DataFrame Clean(DataFrame trips, bool includeExtremeDurations = false)
    {
        // Microsoft.Data.Analysis cannot subtract DateTime columns: compute on the values.
        var pickups = Columns.ToArray<DateTime>(trips["lpep_pickup_datetime"]);
        var dropoffs = Columns.ToArray<DateTime>(trips["lpep_dropoff_datetime"]);
        var durations = new double?[pickups.Length];
        var keep = new bool[pickups.Length];
        for (var i = 0; i < durations.Length; i++)
        {
            durations[i] = (dropoffs[i] - pickups[i])?.TotalMinutes;
            keep[i] = includeExtremeDurations || durations[i] is >= 1 and <= 60;
        }

        var withDuration = new DataFrame([.. trips.Columns, Columns.Create("duration", durations)]);
        var cleaned = Frames.Filter(withDuration, keep);
        foreach (var name in (string[])["PULocationID", "DOLocationID"])
        {
            cleaned[name] = ToStrings(cleaned[name]);
        }

        return cleaned;
    }

    private static StringDataFrameColumn ToStrings(DataFrameColumn ids) =>
        new(ids.Name, Columns.ToArray<int>(ids).Select(id => id?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
