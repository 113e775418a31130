namespace Sluice.ML.Profiling.Filtering;

/// <summary>One token of a filter expression.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Value">The name, the unquoted text or the number's digits; the operator itself.</param>
/// <param name="Source">The token as written, for messages.</param>
/// <param name="Column">The 1-based column of the token's first character.</param>
internal sealed record FilterToken(FilterTokenKind Kind, string Value, string Source, int Column)
{
    public bool IsKeyword(string keyword) =>
        Kind == FilterTokenKind.Word && string.Equals(Value, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>The token as a message shows it: quoted source text, or "the end of the expression".</summary>
    public string Describe() => Kind == FilterTokenKind.End ? "the end of the expression" : $"'{Source}'";
}
