using System.Net;
using System.Net.Http;

using Microsoft.Data.Analysis;

using Sluice.ML.Data;

namespace NycTaxi;

/// <summary>
/// Loads the course's green-taxi trips, one Parquet file per month, and stacks them. Reads them from
/// <c>data_folder</c> when it is set; otherwise downloads them from the course's dataset repository (or the mirror
/// that <c>dataset_url</c> names) once and keeps them in the block's cache folder.
/// </summary>
public static class Ingest
{
    private const string CourseDatasets = "https://github.com/mage-ai/datasets/raw/master/taxi/green";

    private static readonly HttpClient Http = new();

    [DataLoader]
    public static DataFrame LoadData(BlockContext context)
    {
        var year = context.Variables.Get("year", 2024);
        var months = context.Variables.Get("months", new[] { 1, 2 });
        var dataFolder = context.Variables.Get<string?>("data_folder", null);
        if (dataFolder is not null && !Directory.Exists(dataFolder))
        {
            throw new DirectoryNotFoundException($"data_folder '{dataFolder}' does not exist.");
        }

        var frames = new List<DataFrame>();
        foreach (var month in months)
        {
            var path = dataFolder is null
                ? Download(year, month, context)
                : Path.Combine(dataFolder, $"green_tripdata_{year}-{month:00}.parquet");
            var trips = Frames.ReadParquet(path);
            context.Logger.LogInformation("Read {Rows} trips for {Year}-{Month:00} from {Path}", trips.Rows.Count, year, month, path);
            frames.Add(trips);
        }

        return Frames.Concat(frames);
    }

    [BlockTest]
    public static void HasTheColumnsTheNextBlocksNeed(DataFrame trips)
    {
        foreach (var name in (string[])["lpep_pickup_datetime", "lpep_dropoff_datetime", "PULocationID", "DOLocationID", "trip_distance"])
        {
            BlockAssert.True(trips.Columns.IndexOf(name) >= 0, $"The trips should have a column '{name}'");
        }

        BlockAssert.True(trips.Rows.Count > 0, "The trips should not be empty");
    }

    private static string Download(int year, int month, BlockContext context)
    {
        var path = Path.Combine(context.CacheDirectory, $"green_tripdata_{year}-{month:00}.parquet");
        if (File.Exists(path))
        {
            return path;
        }

        var url = $"{context.Variables.Get("dataset_url", CourseDatasets).TrimEnd('/')}/{year}/{month:00}.parquet";
        context.Logger.LogInformation("Downloading {Url}", url);
        using var response = Http.Send(new HttpRequestMessage(HttpMethod.Get, url), context.CancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            using var reader = new StreamReader(response.Content.ReadAsStream(context.CancellationToken));
            var body = reader.ReadToEnd();
            throw new HttpRequestException(
                $"GET {url} returned {(int)response.StatusCode} {response.ReasonPhrase}: {body[..Math.Min(body.Length, 300)]}");
        }

        // Download next to the final name and rename, so an interrupted download is never mistaken for a file.
        var partial = path + ".partial";
        using (var file = File.Create(partial))
        {
            response.Content.ReadAsStream(context.CancellationToken).CopyTo(file);
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }
}
