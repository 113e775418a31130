using System.Reflection;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using Sluice.Core;

namespace Sluice.Engine.Compilation;

/// <summary>
/// Compiles block files with Roslyn, in memory: utils/**/*.cs into one utils assembly, each block file into its own
/// assembly that references it, so a changed block recompiles alone. Images are cached on disk by content, so an
/// unchanged project starts without compiling. Keep one compiler per project: the first compile reads every
/// reference (about 2 s); later ones take tens of milliseconds.
/// </summary>
public sealed partial class BlockCompiler : IDisposable
{
    // Bump when compile options or the emitted shape change, so old cache entries are not reused.
    private const string FormatVersion = "sluice-blocks-1";
    private const string UtilsSlot = "utils/";
    private const string UtilsAssemblyName = "sluice.utils";

    private static readonly string CompilerVersion =
        typeof(CSharpCompilation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CSharpCompilation).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    private readonly Lock _gate = new();
    private readonly string _projectRoot;
    private readonly ReferenceSet _references;
    private readonly BlockEmitter _emitter;
    private readonly AssemblyCache _cache;
    private (string Key, MetadataReference Reference)? _utilsReference;
    private int _compilationCount;
    private int _contexts;
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

    /// <summary>
    /// Compiles (or takes from the cache) utils and the given blocks, loads them into one new load context and finds
    /// each block's entry method and tests. All blocks are compiled before any error is thrown, so the message lists
    /// every error of every block; nothing is executed.
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
                if (utils is { Failed: false } && BuildBlock(source, utils, diagnostics, cancellationToken) is { } image)
                {
                    images[block.SourcePath] = image;
                }
            }

            ThrowIfErrors(diagnostics);
            return Load(blocks, sources, utils, images, diagnostics);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _utilsReference = null;
        }
    }

    private CompiledProject Load(
        IReadOnlyList<BlockDefinition> blocks,
        Dictionary<string, SourceFile> sources,
        UtilsBuild utils,
        Dictionary<string, byte[]> images,
        List<BlockDiagnostic> diagnostics)
    {
        var context = new BlockLoadContext($"sluice-blocks-{Interlocked.Increment(ref _contexts)}");
        try
        {
            if (utils.Image is not null)
            {
                context.Add(utils.Image);
            }

            var assemblies = images.ToDictionary(pair => pair.Key, pair => context.Add(pair.Value), StringComparer.Ordinal);
            var compiled = new List<CompiledBlock>(blocks.Count);
            foreach (var block in blocks)
            {
                if (BlockDiscovery.Discover(block, sources[block.SourcePath], assemblies[block.SourcePath], diagnostics) is { } found)
                {
                    compiled.Add(found);
                }
            }

            ThrowIfErrors(diagnostics);
            return new CompiledProject(context, compiled);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    private static void ThrowIfErrors(List<BlockDiagnostic> diagnostics)
    {
        if (diagnostics.Exists(d => d.Severity == BlockDiagnosticSeverity.Error))
        {
            throw new BlockCompilationException([.. diagnostics]);
        }
    }
}
