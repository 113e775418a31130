using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

using Sluice.Engine.Compilation;

namespace Sluice.Engine.CodeAssist;

/// <summary>Between the editor's 1-based lines and columns and Roslyn's offsets and 0-based line positions.</summary>
internal static class TextPositions
{
    /// <summary>The offset of a caret; a line or column past the end is taken as the end, as an editor would.</summary>
    public static int ToOffset(SourceText text, int line, int column)
    {
        var index = Math.Clamp(line - 1, 0, text.Lines.Count - 1);
        var span = text.Lines[index].Span;
        return span.Start + Math.Clamp(column - 1, 0, span.Length);
    }

    public static CodeDiagnostic ToCode(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return new CodeDiagnostic(
            diagnostic.Severity == DiagnosticSeverity.Error ? BlockDiagnosticSeverity.Error : BlockDiagnosticSeverity.Warning,
            diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1);
    }

    public static CodeDiagnostic Error(string message, FileLinePositionSpan span) => new(
        BlockDiagnosticSeverity.Error,
        null,
        message,
        span.StartLinePosition.Line + 1,
        span.StartLinePosition.Character + 1,
        span.EndLinePosition.Line + 1,
        span.EndLinePosition.Character + 1);
}
