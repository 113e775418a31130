namespace Sluice.Engine.Compilation;

/// <summary>How bad a <see cref="BlockDiagnostic"/> is.</summary>
public enum BlockDiagnosticSeverity
{
    Warning,
    Error,
}
