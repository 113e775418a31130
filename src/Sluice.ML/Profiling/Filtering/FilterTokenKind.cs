namespace Sluice.ML.Profiling.Filtering;

internal enum FilterTokenKind
{
    /// <summary>A bare word: a column name or a keyword (and, or, is, not, null, true, false).</summary>
    Word,

    /// <summary>A column name in backticks, never a keyword.</summary>
    QuotedName,
    Number,
    String,
    Operator,
    OpenParen,
    CloseParen,
    End,
}
