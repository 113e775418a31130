using System.Text;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Sluice.Engine.Compilation;

/// <summary>Compiles source files into one in-memory assembly with an embedded portable PDB.</summary>
internal sealed class BlockEmitter(ReferenceSet references)
{
    internal const string GlobalUsingsPath = "<sluice global usings>.cs";

    internal const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.Data.Analysis;
        global using Microsoft.Extensions.Logging;
        global using Sluice.Sdk;
        """;

    public const string UtilsAssemblyName = "sluice.utils";

    // Every block assembly has this one name (each loads into a context of its own, so they never meet), which lets
    // utils grant it their internals: a utils class written without an access modifier is usable from every block,
    // as a Python util module is in Mage.
    public const string BlockAssemblyName = "sluice.block";

    internal const string UtilsAccessPath = "<sluice utils access>.cs";

    internal const string UtilsAccess = $"""[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("{BlockAssemblyName}")]""";

    internal static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None);

    internal static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true,
        // Version unification between framework and package assemblies is expected here and says nothing about the block.
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    private static readonly EmitOptions EmitOptions = new(debugInformationFormat: DebugInformationFormat.Embedded);

    // An encoding is what lets the PDB describe this file; without it emit fails with CS8055.
    private readonly SyntaxTree _globalUsings =
        CSharpSyntaxTree.ParseText(SourceText.From(GlobalUsings, Encoding.UTF8), ParseOptions, GlobalUsingsPath);

    private readonly SyntaxTree _utilsAccess =
        CSharpSyntaxTree.ParseText(SourceText.From(UtilsAccess, Encoding.UTF8), ParseOptions, UtilsAccessPath);

    /// <summary>Compiles; <see cref="EmitOutcome.Image"/> is null when there are errors.</summary>
    public EmitOutcome Emit(
        string assemblyName,
        IReadOnlyList<SourceFile> files,
        MetadataReference? utils,
        CancellationToken cancellationToken)
    {
        var texts = files.Select(file => (File: file, Text: file.Text())).ToList();
        var trees = texts
            .Select(t => CSharpSyntaxTree.ParseText(t.Text, ParseOptions, t.File.RelativePath, cancellationToken))
            .Prepend(_globalUsings);

        if (assemblyName == UtilsAssemblyName)
        {
            trees = trees.Prepend(_utilsAccess);
        }

        IEnumerable<MetadataReference> referenced = utils is null ? references.References : [.. references.References, utils];
        var compilation = CSharpCompilation.Create(assemblyName, trees, referenced, Options);

        using var image = new MemoryStream();
        var result = compilation.Emit(
            image,
            options: EmitOptions,
            embeddedTexts: texts.Select(t => EmbeddedText.FromSource(t.File.RelativePath, t.Text)),
            cancellationToken: cancellationToken);

        var fallbackFile = files.Count > 0 ? files[0].RelativePath : assemblyName;
        var diagnostics = result.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(d => BlockDiagnostic.FromRoslyn(d, fallbackFile))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ToList();
        return new EmitOutcome(result.Success ? image.ToArray() : null, diagnostics);
    }
}
