namespace Sluice.Benchmarks;

/// <summary>Finds the repository's examples and the shared trip data from wherever the benchmark runs.</summary>
internal static class Paths
{
    public static string NycTlcFolder() => FindUp(Path.Combine("shared", "data", "nyc-tlc"))
        ?? throw new DirectoryNotFoundException("No shared/data/nyc-tlc folder beside any ancestor of the benchmark.");

    public static string CopyExample(string name)
    {
        var source = FindUp(Path.Combine("examples", name))
            ?? throw new DirectoryNotFoundException($"No examples/{name} above the benchmark.");
        var target = BenchProject.NewFolder(name);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (!relative.StartsWith(".sluice", StringComparison.Ordinal))
            {
                var destination = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Copy(file, destination);
            }
        }

        return target;
    }

    private static string? FindUp(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
