namespace Sluice.ML.Profiling;

/// <summary>
/// A filter expression that cannot be read. The message starts with the 1-based column, then says what was expected
/// ("at column 17: expected a value after '&lt;=' ..."); <see cref="Column"/> gives the column to highlight.
/// </summary>
public sealed class FilterSyntaxException : FormatException
{
    public FilterSyntaxException()
    {
    }

    public FilterSyntaxException(string message)
        : base(message)
    {
    }

    public FilterSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the error for a problem found at <paramref name="column"/> (1-based).</summary>
    public FilterSyntaxException(int column, string problem)
        : base($"at column {column}: {problem}")
    {
        Column = column;
    }

    /// <summary>The 1-based column of the expression where reading stopped; 0 when unknown.</summary>
    public int Column { get; }
}
