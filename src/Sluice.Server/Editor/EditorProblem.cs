namespace Sluice.Server.Editor;

/// <summary>A diagnostic as Monaco underlines it: a range (1-based, end exclusive) and a message.</summary>
public sealed record EditorProblem(int Line, int Column, int EndLine, int EndColumn, string Severity, string? Id, string Message)
{
    /// <summary>A compile error of a run, which carries a start only: underlines to the end of the word.</summary>
    public static EditorProblem Of(CodeProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.Line, problem.Column, problem.Line, problem.Column + 1, problem.Severity, problem.Id, problem.Message);
    }
}
