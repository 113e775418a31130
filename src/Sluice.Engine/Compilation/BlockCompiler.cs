using System.Reflection;

using Microsoft.CodeAnalysis.CSharp;

using Sluice.Core;

namespace Sluice.Engine.Compilation;

/// <summary>
/// Compiles block files with Roslyn, in memory: utils/**/*.cs into one utils assembly, each block file into its own
/// assembly that references it, so a changed block recompiles alone. Images are cached on disk by content, so an
/// unchanged project starts without compiling. Each assembly is loaded once into its own collectible context and
/// kept while its source is unchanged, so compiling an unchanged project reads and hashes the files and nothing
/// more. Keep one compiler per project: the first compile reads every reference (about 2 s); later ones take
/// milliseconds.
/// </summary>
public sealed partial class BlockCompiler : IDisposable
{
    // Bump when compile options or the emitted shape change, so old cache entries are not reused.
    private const string FormatVersion = "sluice-blocks-2";
    private const string UtilsAssemblyName = BlockEmitter.UtilsAssemblyName;
    private const string BlockAssemblyName = BlockEmitter.BlockAssemblyName;

    private static readonly string CompilerVersion =
        typeof(CSharpCompilation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CSharpCompilation).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private readonly Lock _gate = new();
    private readonly string _projectRoot;
    private readonly ReferenceSet _references;
    private readonly BlockEmitter _emitter;
    private readonly AssemblyCache _cache;

    // The current version of each block file, by source path; each holds the compiler's lease on its context.
    private readonly Dictionary<string, LoadedBlock> _blocks = new(StringComparer.Ordinal);
    private UtilsBuild _utils = UtilsBuild.None;
    private int _compilationCount;
    private int _loadCount;
    private bool _disposed;

    /// <param name="projectRoot">The project folder; block paths are relative to it.</param>
    /// <param name="cacheDirectory">Where compiled images are kept: &lt;project&gt;/.sluice/cache/assemblies.</param>
    public BlockCompiler(string projectRoot, string cacheDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(projectRoot);
        ArgumentException.ThrowIfNullOrEmpty(cacheDirectory);
        _projectRoot = Path.GetFullPath(projectRoot);
        _references = ReferenceSet.Shared;
        _emitter = new BlockEmitter(_references);
        _cache = new AssemblyCache(cacheDirectory);
    }

    /// <summary>How many assemblies this compiler has compiled (cache hits do not count).</summary>
    public int CompilationCount => Volatile.Read(ref _compilationCount);

    /// <summary>How many assemblies this compiler has loaded; an unchanged block is loaded once, however often compiled.</summary>
    public int LoadCount => Volatile.Read(ref _loadCount);

    /// <summary>
    /// Compiles (or takes from the cache) utils and the given blocks, loads what changed since the last call and finds
    /// each block's entry method and tests; unchanged blocks come back as the same <see cref="CompiledBlock"/>. All
    /// blocks are compiled before any error is thrown, so the message lists every error of every block; nothing is
    /// executed. Dispose the result when done with its blocks.
    /// </summary>
    /// <exception cref="BlockCompilationException">
    /// A compile error, a missing file, no entry method or two, an entry of another kind than declared, a non-static
    /// entry, or a test that does not fit the outputs.
    /// </exception>
    public CompiledProject Compile(IReadOnlyList<BlockDefinition> blocks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var diagnostics = new List<BlockDiagnostic>();
            var utils = BuildUtils(diagnostics, cancellationToken);
            var sources = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
            var images = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var block in blocks)
            {
                if (sources.ContainsKey(block.SourcePath))
                {
                    continue;
                }

                if (SourceFile.TryRead(_projectRoot, block.SourcePath) is not { } source)
                {
                    diagnostics.Add(BlockDiagnostic.Error(
                        block.SourcePath, $"block '{block.Name}': source file not found (looked in {_projectRoot})"));
                    continue;
                }

                sources[block.SourcePath] = source;

                // Against broken utils every block would only repeat utils' errors in other words.
                if (utils is not null
                    && !(_blocks.TryGetValue(block.SourcePath, out var loaded) && loaded.IsCurrent(source, utils.Key))
                    && BuildBlock(source, utils, diagnostics, cancellationToken) is { } image)
                {
                    images[block.SourcePath] = image;
                }
            }

            ThrowIfErrors(diagnostics);
            foreach (var (path, image) in images)
            {
                Replace(path, new LoadedBlock(sources[path], utils!.Key, Load(path, image, utils.Loaded)));
            }

            return Discover(blocks, utils!, diagnostics);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            ReleaseAll();
        }
    }

    private CompiledProject Discover(IReadOnlyList<BlockDefinition> blocks, UtilsBuild utils, List<BlockDiagnostic> diagnostics)
    {
        var compiled = new List<CompiledBlock>(blocks.Count);
        var used = new Dictionary<string, LoadedBlock>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            var loaded = _blocks[block.SourcePath];
            used.TryAdd(block.SourcePath, loaded);
            if (loaded.Find(block, diagnostics) is { } found)
            {
                compiled.Add(found);
            }
        }

        ThrowIfErrors(diagnostics);
        var leases = new List<LoadedAssembly>(used.Count + 1);
        if (utils.Loaded is not null)
        {
            leases.Add(utils.Loaded.Acquire());
        }

        leases.AddRange(used.Values.Select(loaded => loaded.Assembly.Acquire()));
        return new CompiledProject(compiled, leases);
    }

    private LoadedAssembly Load(string name, byte[] image, LoadedAssembly? utils)
    {
        var loaded = LoadedAssembly.Load($"sluice:{name}#{_loadCount + 1}", image, utils?.Assembly);
        _loadCount++;
        return loaded;
    }

    private void Replace(string path, LoadedBlock loaded)
    {
        if (_blocks.Remove(path, out var superseded))
        {
            superseded.Assembly.Release();
        }

        _blocks[path] = loaded;
    }

    // Every block is built against the utils it references, so new utils supersede them all.
    private void ReplaceUtils(UtilsBuild utils)
    {
        ReleaseAll();
        _utils = utils;
    }

    private void ReleaseAll()
    {
        foreach (var loaded in _blocks.Values)
        {
            loaded.Assembly.Release();
        }

        _blocks.Clear();
        _utils.Loaded?.Release();
        _utils = UtilsBuild.None;
    }

    private static void ThrowIfErrors(List<BlockDiagnostic> diagnostics)
    {
        if (diagnostics.Exists(d => d.Severity == BlockDiagnosticSeverity.Error))
        {
            throw new BlockCompilationException([.. diagnostics]);
        }
    }
}
