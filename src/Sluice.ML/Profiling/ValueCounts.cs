namespace Sluice.ML.Profiling;

/// <summary>
/// The most frequent values of a column, for bar, pie and most-frequent charts. The rest is
/// <c>Total - Top.Sum(Count)</c> rows over <c>Distinct - Top.Count</c> values, for an "other" slice.
/// </summary>
/// <param name="Top">
/// At most the requested number of entries, most frequent first; ties in value order (numbers and dates ascending,
/// text ordinally), the null entry after the values it ties with.
/// </param>
/// <param name="Total">The rows counted: every row the filter kept, nulls included.</param>
/// <param name="Distinct">The distinct values among them, the null entry counting as one.</param>
public sealed record ValueCounts(IReadOnlyList<ValueCount> Top, long Total, long Distinct);
