using System.Globalization;
using System.Text.Json;

namespace NycTaxi.Predict;

/// <summary>
/// Reads the <c>inputs</c> variable: a JSON list of trips (or one trip), each with PULocationID, DOLocationID and
/// trip_distance as numbers or numeric strings, as the course sends them.
/// </summary>
public static class TripRequests
{
    public static IReadOnlyList<TripRequest> Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"The inputs variable is not JSON: {e.Message}", nameof(json), e);
        }

        using (document)
        {
            var root = document.RootElement;
            var trips = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            return [.. trips.Select((trip, index) => new TripRequest(
                (int)Number(trip, index, "PULocationID"),
                (int)Number(trip, index, "DOLocationID"),
                Number(trip, index, "trip_distance")))];
        }
    }

    /// <summary>The requests as the rows the model reads.</summary>
    public static DataFrame Load(IReadOnlyList<TripRequest> requests) => new(
        new Int32DataFrameColumn("PULocationID", requests.Select(r => r.PULocationID)),
        new Int32DataFrameColumn("DOLocationID", requests.Select(r => r.DOLocationID)),
        new DoubleDataFrameColumn("trip_distance", requests.Select(r => r.TripDistance)));

    private static double Number(JsonElement trip, int index, string field)
    {
        if (trip.ValueKind != JsonValueKind.Object || !trip.TryGetProperty(field, out var value))
        {
            throw new ArgumentException($"Input {index} has no {field}.");
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw new ArgumentException($"Input {index}: {field} should be a number, not {value.GetRawText()}."),
        };
    }
}
