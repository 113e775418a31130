using Microsoft.CodeAnalysis;

using Sluice.Engine.Compilation;

namespace Sluice.Engine.CodeAssist;

/// <summary>Diagnostics: the compiler's for the one file, then the engine's block-shape checks.</summary>
public sealed partial class CodeAssistant
{
    /// <summary>
    /// The errors and warnings the engine would report for this file if it were compiled now, in file order: the
    /// compiler's (same ids, messages and start positions as the engine's), and, for a block that compiles, the
    /// engine's checks of its entry method and tests that need nothing but the file. When utils do not compile,
    /// an error at the top says so, because the engine would then compile no block at all.
    /// </summary>
    /// <param name="blockPath">The file, relative to the project root (<c>transformers/prepare.cs</c> or <c>utils/x.cs</c>).</param>
    /// <param name="source">The file's text as it is in the editor.</param>
    /// <param name="cancellationToken">Cancels the request, e.g. when the user typed on.</param>
    public async Task<IReadOnlyList<CodeDiagnostic>> DiagnoseAsync(
        string blockPath, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var opened = await _workspace.OpenAsync(Normalize(blockPath), source, cancellationToken).ConfigureAwait(false);
        var model = await opened.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            return [];
        }

        var diagnostics = model.GetDiagnostics(cancellationToken: cancellationToken)
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(TextPositions.ToCode)
            .ToList();

        // The engine looks for the entry only in a block that compiled, so a half-typed line does not add to it.
        if (!opened.IsUtils && !diagnostics.Exists(d => d.Severity == BlockDiagnosticSeverity.Error))
        {
            diagnostics.AddRange(BlockShapeCheck.Run(model, cancellationToken));
        }

        if (opened.UtilsError is { } utilsError && await utilsError.WaitAsync(cancellationToken).ConfigureAwait(false) is { } error)
        {
            diagnostics.Insert(0, new CodeDiagnostic(
                BlockDiagnosticSeverity.Error, null, $"utils do not compile, so no block can run: {error}", 1, 1, 1, 1));
        }

        return diagnostics;
    }
}
