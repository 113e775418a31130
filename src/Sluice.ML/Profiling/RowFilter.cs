using Microsoft.Data.Analysis;

using Sluice.ML.Data;
using Sluice.ML.Profiling.Filtering;

namespace Sluice.ML.Profiling;

/// <summary>
/// A row condition the editor's charts and table apply, such as <c>trip_distance &lt;= 20</c> or
/// <c>PULocationID == 236 and (fare is null or store_and_fwd_flag != 'N')</c>.
/// </summary>
/// <remarks>
/// Operators are <c>== != &lt; &lt;= &gt; &gt;=</c>, <c>is null</c> and <c>is not null</c>, joined by <c>and</c>
/// (binding tighter) and <c>or</c>, grouped by parentheses; keywords are case-insensitive. Values are numbers
/// (<c>-1.5e3</c>), single-quoted text (<c>'it''s'</c>), ISO dates in quotes for date columns (<c>'2024-01-31'</c>,
/// <c>'2024-01-31 13:45:00'</c>) and <c>true</c>/<c>false</c> for bool columns. Column names are bare words or
/// backticked (<c>`pickup time`</c>). A null (or NaN) cell satisfies no comparison, <c>!=</c> included, as in SQL.
/// </remarks>
public sealed class RowFilter
{
    private readonly FilterNode _root;

    private RowFilter(string expression, FilterNode root)
    {
        Expression = expression;
        _root = root;
        var columns = new List<string>();
        root.CollectColumns(columns);
        Columns = columns.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The expression as given to <see cref="Parse"/>.</summary>
    public string Expression { get; }

    /// <summary>The columns the expression reads, each once, in order of first mention.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Reads a filter expression; it is checked against a frame only when evaluated.</summary>
    /// <exception cref="FilterSyntaxException">
    /// The expression cannot be read; the message names the column and what was expected there.
    /// </exception>
    public static RowFilter Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return new RowFilter(expression, FilterParser.Parse(expression));
    }

    /// <summary>One entry per row of <paramref name="frame"/>: true where the row satisfies the filter.</summary>
    /// <exception cref="ArgumentException">
    /// A column is not in the frame (the message lists the frame's columns), or a value does not suit its column's
    /// type (a number compared with a string column, a date that is not ISO, ...).
    /// </exception>
    public bool[] Evaluate(DataFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var result = new bool[checked((int)frame.Rows.Count)];
        _root.Evaluate(frame, result);
        return result;
    }

    /// <summary>The rows of <paramref name="frame"/> that satisfy the filter, in order, as a new frame.</summary>
    /// <exception cref="ArgumentException">As for <see cref="Evaluate"/>.</exception>
    public DataFrame Apply(DataFrame frame) => Frames.Filter(frame, Evaluate(frame));

    public override string ToString() => Expression;
}
