using Sluice.Engine.Compilation;

namespace Sluice.Engine.CodeAssist;

/// <summary>
/// A compiler or block-shape message about the edited file, with the range to underline. Lines and columns count
/// from 1 (columns in UTF-16 code units, as the editor counts them); the end is exclusive. <paramref name="Id"/> is
/// the compiler's id (CS0103) and null for Sluice's own checks, whose messages are the engine's word for word.
/// </summary>
public sealed record CodeDiagnostic(
    BlockDiagnosticSeverity Severity,
    string? Id,
    string Message,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn);
