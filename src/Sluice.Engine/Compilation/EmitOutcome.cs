namespace Sluice.Engine.Compilation;

/// <summary>An assembly image, or null when compiling failed, with the compiler's errors and warnings.</summary>
internal sealed record EmitOutcome(byte[]? Image, IReadOnlyList<BlockDiagnostic> Diagnostics);
