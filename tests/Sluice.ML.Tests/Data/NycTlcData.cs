namespace Sluice.ML.Tests.Data;

/// <summary>
/// Finds the shared NYC TLC files. They live in shared/data/nyc-tlc beside the checkout (never inside it), and CI runs
/// from a fresh clone elsewhere, so the folder is found by walking up from the test binaries.
/// </summary>
internal static class NycTlcData
{
    public static string Folder { get; } = FindFolder();

    public static string January2024 => Path.Combine(Folder, "green_tripdata_2024-01.parquet");

    public static string February2024 => Path.Combine(Folder, "green_tripdata_2024-02.parquet");

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", "nyc-tlc");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/data/nyc-tlc folder beside any ancestor of {AppContext.BaseDirectory}. "
            + "The NYC TLC tests need the course's Parquet files there (green_tripdata_2024-01.parquet, ...).");
    }
}
