namespace Sluice.Engine.Tests.Support;

/// <summary>Finds the repository's files and the shared trip data, wherever the clone sits.</summary>
public static class SharedData
{
    /// <summary>The folder of NYC TLC Parquet files: <c>shared/data/nyc-tlc</c> beside an ancestor of the test binaries.</summary>
    public static string NycTlcFolder => FindUp(Path.Combine("shared", "data", "nyc-tlc"))
        ?? throw new DirectoryNotFoundException(
            $"No shared/data/nyc-tlc folder beside any ancestor of {AppContext.BaseDirectory}; the tests read the course's trip data from there.");

    /// <summary>The repository root (the folder with Sluice.slnx).</summary>
    public static string RepositoryRoot => FindUp("Sluice.slnx") is { } file
        ? Path.GetDirectoryName(file)!
        : throw new DirectoryNotFoundException($"No Sluice.slnx above {AppContext.BaseDirectory}.");

    /// <summary>Copies <paramref name="source"/> into a new temp folder, leaving out local state (.sluice).</summary>
    public static string CopyProject(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "sluice-tests", $"{Path.GetFileName(source)}-{Guid.NewGuid():N}");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith(".sluice", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    /// <summary>
    /// Copies examples/nyc-taxi with <c>data_folder</c> set in its sluice.yaml to the shared trips, so that whatever
    /// runs data_preparation (a data product's recomputation included, which uses the project's variables) reads
    /// them instead of downloading.
    /// </summary>
    public static string CopyNycTaxiWithLocalData()
    {
        var root = CopyProject(Path.Combine(RepositoryRoot, "examples", "nyc-taxi"));
        var settings = Path.Combine(root, "sluice.yaml");
        var yaml = File.ReadAllText(settings);
        const string Months = "  months: \"1,2\"\n";
        if (!yaml.Contains(Months, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"examples/nyc-taxi/sluice.yaml no longer has the line {Months.Trim()}.");
        }

        File.WriteAllText(settings, yaml.Replace(Months, $"{Months}  data_folder: \"{NycTlcFolder}\"\n", StringComparison.Ordinal));
        return root;
    }

    private static string? FindUp(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
