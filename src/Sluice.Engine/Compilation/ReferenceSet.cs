using System.Globalization;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

using Apache.Arrow;

using Microsoft.CodeAnalysis;
using Microsoft.Data.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.ML;

using Sluice.Sdk;

namespace Sluice.Engine.Compilation;

/// <summary>
/// What blocks compile against: the runtime's trusted platform assemblies plus the assemblies blocks are promised
/// (Sluice.Sdk, Sluice.ML, data frames, Arrow, Parquet, ML.NET, logging, HTTP) and what those reference. Reading them is the cold cost of compiling, so it happens once, and only when something must compile;
/// the fingerprint (names, sizes, times) is cheap and is all a cache hit needs.
/// </summary>
internal sealed class ReferenceSet
{
    // Assemblies block code is promised, loaded here so they are in the list even if the host has not touched them yet.
    private static readonly Assembly[] Promised =
    [
        typeof(BlockContext).Assembly,
        typeof(DataFrame).Assembly,
        typeof(RecordBatch).Assembly,
        typeof(ParquetSharp.ParquetFileReader).Assembly,
        typeof(MLContext).Assembly,
        typeof(IDataView).Assembly,
        typeof(Microsoft.ML.Transforms.OneHotEncodingEstimator).Assembly,
        typeof(Microsoft.ML.Transforms.ExpressionEstimator).Assembly,
        typeof(Microsoft.ML.Trainers.FastTree.FastTreeRegressionTrainer).Assembly,
        typeof(Microsoft.ML.Trainers.LightGbm.LightGbmRegressionTrainer).Assembly,
        typeof(ILogger).Assembly,
        typeof(HttpClient).Assembly,
    ];

    private static readonly string[] PromisedByName = ["Sluice.ML"];

    private static readonly Lazy<ReferenceSet> ProcessWide = new(() => new ReferenceSet());

    private readonly IReadOnlyList<string> _paths;
    private readonly Lazy<IReadOnlyList<MetadataReference>> _references;

    private ReferenceSet()
    {
        _paths = CandidatePaths();
        Fingerprint = FingerprintOf(_paths);
        _references = new Lazy<IReadOnlyList<MetadataReference>>(() => Read(_paths));
    }

    /// <summary>
    /// One set per process: the host's assemblies do not change while it runs, and the metadata Roslyn reads from
    /// them is the big cost in memory and time, so every compiler (one per project) shares it.
    /// </summary>
    public static ReferenceSet Shared => ProcessWide.Value;

    /// <summary>Changes whenever a referenced file or the Sdk build changes, so cached blocks are rebuilt.</summary>
    public string Fingerprint { get; }

    public IReadOnlyList<MetadataReference> References => _references.Value;

    private static List<string> CandidatePaths()
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // The trusted list also names every assembly of the host application; only the framework's are for blocks.
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string trusted)
        {
            foreach (var path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                if (string.Equals(Path.GetDirectoryName(path), framework, StringComparison.Ordinal))
                {
                    byName.TryAdd(Path.GetFileNameWithoutExtension(path), path);
                }
            }
        }

        // The copies the host actually loaded win: they are the ones block types bind to at run time.
        foreach (var assembly in HostAssemblies())
        {
            if (!assembly.IsDynamic && assembly.Location.Length > 0 && assembly.GetName().Name is { } name)
            {
                byName[name] = assembly.Location;
            }
        }

        return [.. byName.Values.Where(File.Exists).Order(StringComparer.Ordinal)];
    }

    // The promised assemblies and everything they reference, and nothing else: not the host's own assembly (a
    // benchmark or a test host that compiles the same sources would clash with them), and not whatever the host
    // happened to load, which would make the reference list and so the cache key differ from run to run.
    private static List<Assembly> HostAssemblies()
    {
        var pending = new Queue<Assembly>(Promised);
        foreach (var name in PromisedByName)
        {
            if (TryLoad(new AssemblyName(name)) is { } assembly)
            {
                pending.Enqueue(assembly);
            }
        }

        var seen = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        while (pending.TryDequeue(out var assembly))
        {
            if (assembly.GetName().Name is not { } name || !seen.TryAdd(name, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                if (!seen.ContainsKey(reference.Name ?? string.Empty) && TryLoad(reference) is { } loaded)
                {
                    pending.Enqueue(loaded);
                }
            }
        }

        return [.. seen.Values];
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return AssemblyLoadContext.Default.LoadFromAssemblyName(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            // A host without it (a slim worker) simply does not offer it to blocks.
            return null;
        }
    }

    private static string FingerprintOf(IReadOnlyList<string> paths)
    {
        using var key = new ContentKey();
        key.Add(typeof(BlockContext).Assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var path in paths)
        {
            var file = new FileInfo(path);
            key.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{file.Name}|{file.Length}|{file.LastWriteTimeUtc.Ticks}"));
        }

        return key.Finish();
    }

    private static List<MetadataReference> Read(IReadOnlyList<string> paths) =>
        [.. paths.Where(IsManagedAssembly).Select(path => MetadataReference.CreateFromFile(path))];

    // Native libraries can sit next to managed ones (and in the host's list); Roslyn would fail on them later.
    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return false;
        }
    }
}
