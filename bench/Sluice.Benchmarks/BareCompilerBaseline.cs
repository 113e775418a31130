using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using Sluice.Engine.Compilation;

namespace Sluice.Benchmarks;

/// <summary>
/// The least a warm checker could do per edit: parse the edited block, put it in place of the previous tree in the
/// previous compilation (so references stay bound), and ask for every diagnostic. Built as the engine builds a
/// block: its references, options and global usings, and utils compiled to an image it references.
/// </summary>
internal sealed class BareCompilerBaseline
{
    private readonly string _path;
    private CSharpCompilation _compilation;
    private SyntaxTree _tree;

    public BareCompilerBaseline(string projectRoot, string path, string source)
    {
        _path = path;
        var references = ReferenceSet.Shared;
        var utils = new BlockEmitter(references).Emit(
            BlockEmitter.UtilsAssemblyName, SourceFile.ReadUtils(projectRoot), utils: null, CancellationToken.None);
        var image = utils.Image ?? throw new InvalidOperationException($"utils do not compile: {string.Join("; ", utils.Diagnostics)}");

        var globalUsings = CSharpSyntaxTree.ParseText(BlockEmitter.GlobalUsings, BlockEmitter.ParseOptions, BlockEmitter.GlobalUsingsPath);
        _tree = CSharpSyntaxTree.ParseText(source, BlockEmitter.ParseOptions, path);
        _compilation = CSharpCompilation.Create(
            BlockEmitter.BlockAssemblyName,
            [globalUsings, _tree],
            [.. references.References, MetadataReference.CreateFromImage(image)],
            BlockEmitter.Options);
        Diagnose(source);
    }

    public void Diagnose(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, BlockEmitter.ParseOptions, _path);
        _compilation = _compilation.ReplaceSyntaxTree(_tree, tree);
        _tree = tree;
        var errors = _compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
        if (errors > 0)
        {
            throw new InvalidOperationException($"The baseline's block has {errors} errors.");
        }
    }
}
