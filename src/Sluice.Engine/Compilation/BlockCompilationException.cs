using Sluice.Core;

namespace Sluice.Engine.Compilation;

/// <summary>
/// Blocks that did not compile or whose entry method is wrong. The message lists every error, one per line, as
/// <c>data_loaders/ingest.cs:12:5: error CS0103: ...</c>; <see cref="SluiceException.Location"/> is the first.
/// Nothing was executed.
/// </summary>
public sealed class BlockCompilationException : SluiceException
{
    public BlockCompilationException(IReadOnlyList<BlockDiagnostic> diagnostics)
        : base(ReasonOf(diagnostics), FirstError(diagnostics)?.Location)
    {
        Diagnostics = diagnostics;
    }

    public BlockCompilationException()
        : this([])
    {
    }

    public BlockCompilationException(string message)
        : base(message)
    {
        Diagnostics = [];
    }

    public BlockCompilationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Every error and warning, in file order; the editor underlines them.</summary>
    public IReadOnlyList<BlockDiagnostic> Diagnostics { get; }

    private static BlockDiagnostic? FirstError(IReadOnlyList<BlockDiagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity == BlockDiagnosticSeverity.Error);

    // The base class puts the first error's location in front of the reason, so the reason starts without it.
    private static string ReasonOf(IReadOnlyList<BlockDiagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == BlockDiagnosticSeverity.Error).ToList();
        return errors.Count == 0
            ? "Blocks failed to compile."
            : string.Join('\n', errors.Skip(1).Select(e => e.ToString()).Prepend(errors[0].Text));
    }
}
