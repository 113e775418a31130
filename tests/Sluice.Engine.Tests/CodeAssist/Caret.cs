namespace Sluice.Engine.Tests.CodeAssist;

/// <summary>A source with its caret marked as <c>$$</c>, split into the text and the editor's 1-based position.</summary>
public sealed record Caret(string Source, int Line, int Column)
{
    public static Caret In(string marked)
    {
        var at = marked.IndexOf("$$", StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, "the source marks no caret");
        var before = marked[..at];
        var lineStart = before.LastIndexOf('\n') + 1;
        return new Caret(marked.Remove(at, 2), before.Count(c => c == '\n') + 1, at - lineStart + 1);
    }
}
