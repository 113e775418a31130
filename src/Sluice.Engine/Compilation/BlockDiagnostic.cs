using System.Globalization;

using Microsoft.CodeAnalysis;

using Sluice.Core;

namespace Sluice.Engine.Compilation;

/// <summary>
/// A compiler or discovery message about a project file, for the editor to underline. <paramref name="File"/> is
/// relative to the project root with '/' separators; line and column count from 1 (0 = unknown);
/// <paramref name="Id"/> is the compiler's id (CS0103) and null for Sluice's own checks.
/// </summary>
public sealed record BlockDiagnostic(
    string File,
    int Line,
    int Column,
    BlockDiagnosticSeverity Severity,
    string? Id,
    string Message)
{
    public SourceLocation Location => new(File, Line, Column);

    /// <summary>The text after the location: <c>error CS0103: The name 'x' ...</c>.</summary>
    public string Text => Id is null
        ? Message
        : $"{(Severity == BlockDiagnosticSeverity.Error ? "error" : "warning")} {Id}: {Message}";

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Text}";

    internal static BlockDiagnostic Error(string file, string message, int line = 0, int column = 0) =>
        new(file, line, column, BlockDiagnosticSeverity.Error, null, message);

    internal static BlockDiagnostic FromRoslyn(Diagnostic diagnostic, string fallbackFile)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var located = span.IsValid && !string.IsNullOrEmpty(span.Path);
        return new BlockDiagnostic(
            located ? span.Path.Replace('\\', '/') : fallbackFile,
            located ? span.StartLinePosition.Line + 1 : 0,
            located ? span.StartLinePosition.Character + 1 : 0,
            diagnostic.Severity == DiagnosticSeverity.Error ? BlockDiagnosticSeverity.Error : BlockDiagnosticSeverity.Warning,
            diagnostic.Id,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
