using Microsoft.CodeAnalysis;

namespace Sluice.Engine.Compilation;

/// <summary>Building one assembly: look its content key up in the cache, compile only on a miss.</summary>
public sealed partial class BlockCompiler
{
    /// <summary>The current utils, loaded anew only when their files changed; null when they do not compile.</summary>
    private UtilsBuild? BuildUtils(List<BlockDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var files = SourceFile.ReadUtils(_projectRoot);
        if (files.Count == 0)
        {
            if (_utils.Key is not null)
            {
                ReplaceUtils(UtilsBuild.None);
            }

            return _utils;
        }

        using var keyBuilder = StartKey();
        foreach (var file in files)
        {
            keyBuilder.Add(file.RelativePath).Add(file.Bytes);
        }

        var key = keyBuilder.Finish();
        if (_utils.Key == key)
        {
            return _utils;
        }

        if (GetOrEmit(key, UtilsAssemblyName, files, utils: null, diagnostics, cancellationToken) is not { } image)
        {
            return null;
        }

        ReplaceUtils(new UtilsBuild(key, Load(UtilsAssemblyName, image, utils: null), MetadataReference.CreateFromImage(image)));
        return _utils;
    }

    private byte[]? BuildBlock(
        SourceFile source, UtilsBuild utils, List<BlockDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        using var keyBuilder = StartKey();
        var key = keyBuilder.Add(utils.Key ?? "no utils").Add(source.RelativePath).Add(source.Bytes).Finish();
        return GetOrEmit(key, BlockAssemblyName, [source], utils.Reference, diagnostics, cancellationToken);
    }

    private byte[]? GetOrEmit(
        string key,
        string assemblyName,
        IReadOnlyList<SourceFile> files,
        MetadataReference? utils,
        List<BlockDiagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_cache.TryGet(key) is { } cached)
        {
            return cached;
        }

        var outcome = _emitter.Emit(assemblyName, files, utils, cancellationToken);
        _compilationCount++;
        diagnostics.AddRange(outcome.Diagnostics);
        if (outcome.Image is not null)
        {
            _cache.Put(key, outcome.Image);
        }

        return outcome.Image;
    }

    private ContentKey StartKey() =>
        new ContentKey().Add(FormatVersion).Add(CompilerVersion).Add(_references.Fingerprint);
}
