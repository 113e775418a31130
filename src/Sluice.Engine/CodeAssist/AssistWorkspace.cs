using System.Composition.Hosting;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

using Sluice.Engine.Compilation;

namespace Sluice.Engine.CodeAssist;

/// <summary>
/// The Roslyn workspace behind a <see cref="CodeAssistant"/>, built as the engine builds assemblies: one project for
/// utils (the engine's utils assembly, with its global usings and its grant of internals to blocks) and one project
/// per edited block file (the engine's block assembly: the global usings and that one file, referencing utils), all
/// with the engine's references and options. A call replaces only the edited document's text, so Roslyn reuses
/// everything else it has computed; utils are re-read only when their fingerprint changes.
/// </summary>
internal sealed partial class AssistWorkspace(string projectRoot) : IDisposable
{
    // Composing the editor services takes seconds and they hold no project state: one set per process.
    private static readonly Lazy<MefHostServices> Host = new(Compose);

    // Offering types and extension methods of namespaces not yet imported means indexing every reference in the
    // background and searching the index on each call: it made warm completions two to three times slower and the first
    // call twice as slow, and its items need a using added, which a plain insert text cannot do, so they were dropped.
    private static readonly HashSet<string> Excluded = new(StringComparer.Ordinal)
    {
        "TypeImportCompletionProvider",
        "ExtensionMemberImportCompletionProvider",
    };

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, DocumentId> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<DocumentId, string> _sources = [];
    private AdhocWorkspace? _workspace;
    private Solution? _solution;
    private ProjectId? _utils;
    private bool _hasUtils;
    private string? _fingerprint;
    private int _utilsVersion;
    private int _utilsErrorVersion = -1;
    private Task<string?>? _utilsError;
    private bool _disposed;

    /// <summary>Puts <paramref name="source"/> in as the text of <paramref name="path"/> and returns the document.</summary>
    public async Task<AssistDocument> OpenAsync(string path, string source, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var fingerprint = UtilsFingerprint.Of(projectRoot);
            if (_solution is null || fingerprint != _fingerprint)
            {
                Reload(fingerprint);
            }

            var id = DocumentFor(path);
            var isUtils = id.ProjectId == _utils;
            if (!_sources.TryGetValue(id, out var current) || !string.Equals(current, source, StringComparison.Ordinal))
            {
                _solution = _solution!.WithDocumentText(id, SourceText.From(source));
                _sources[id] = source;
                if (isUtils)
                {
                    _utilsVersion++;
                }
            }

            return new AssistDocument(_solution!.GetDocument(id)!, isUtils, isUtils ? null : UtilsError());
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the project or document of <paramref name="path"/>, as if it had never been opened.</summary>
    public async Task ForgetAsync(string path, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_solution is not null && _documents.Remove(path, out var id))
            {
                _sources.Remove(id);
                _solution = id.ProjectId == _utils ? _solution.RemoveDocument(id) : _solution.RemoveProject(id.ProjectId);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            _disposed = true;
            _workspace?.Dispose();
            _solution = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    // As MefHostServices.Create(MefHostServices.DefaultAssemblies) composes, less the excluded parts.
    private static MefHostServices Compose()
    {
        var parts = MefHostServices.DefaultAssemblies.SelectMany(a => a.DefinedTypes).Where(t => !Excluded.Contains(t.Name));
        return MefHostServices.Create(new ContainerConfiguration().WithParts(parts).CreateContainer());
    }

    // The first error is computed once per utils version, off the caller's token: every block shares it.
    private Task<string?>? UtilsError()
    {
        if (!_hasUtils)
        {
            return null;
        }

        if (_utilsError is null || _utilsErrorVersion != _utilsVersion)
        {
            var utils = _solution!.GetProject(_utils!)!;
            _utilsError = Task.Run(() => FirstErrorAsync(utils));
            _utilsErrorVersion = _utilsVersion;
        }

        return _utilsError;
    }

    private static async Task<string?> FirstErrorAsync(Project utils)
    {
        var compilation = await utils.GetCompilationAsync().ConfigureAwait(false);
        var errors = compilation!.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => BlockDiagnostic.FromRoslyn(d, "utils"))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ToList();
        return errors.Count switch
        {
            0 => null,
            1 => errors[0].ToString(),
            _ => $"{errors[0]} (and {errors.Count - 1} more)",
        };
    }
}
