using Sluice.Engine.Compilation;
using Sluice.Server.Workspace;

namespace Sluice.Server.Editor;

/// <summary>
/// C# help while typing: Roslyn's completions and diagnostics for a block as the editor holds it, shaped for Monaco.
/// </summary>
public static class EditorAssist
{
    /// <summary>Completions at <paramref name="line"/>:<paramref name="column"/> (from 1) of <paramref name="text"/>.</summary>
    public static async Task<IReadOnlyList<EditorCompletion>> CompleteAsync(
        ProjectHandle project, string blockPath, string text, int line, int column, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await project.AssistGate.WaitAsync(cancellationToken);
        try
        {
            var entries = await project.Assistant.CompleteAsync(blockPath, text, line, column, cancellationToken);
            return [.. entries.Select(e => new EditorCompletion(e.Label, e.Kind, e.Detail, e.InsertText))];
        }
        finally
        {
            project.AssistGate.Release();
        }
    }

    /// <summary>The errors and warnings the engine would report for <paramref name="text"/>, with ranges to underline.</summary>
    public static async Task<IReadOnlyList<EditorProblem>> DiagnoseAsync(
        ProjectHandle project, string blockPath, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        await project.AssistGate.WaitAsync(cancellationToken);
        try
        {
            var diagnostics = await project.Assistant.DiagnoseAsync(blockPath, text, cancellationToken);
            return
            [
                .. diagnostics.Select(d => new EditorProblem(
                    d.StartLine, d.StartColumn, d.EndLine, d.EndColumn,
                    d.Severity == BlockDiagnosticSeverity.Error ? "error" : "warning", d.Id, d.Message)),
            ];
        }
        finally
        {
            project.AssistGate.Release();
        }
    }
}
