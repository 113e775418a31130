using Microsoft.Data.Analysis;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Filtering;

/// <summary>
/// <c>column op literal</c>. Numbers compare with number columns, quoted text with string columns (ordinally) and
/// quoted ISO dates with date columns; a null or NaN cell satisfies no comparison (use <c>is null</c>).
/// </summary>
internal sealed class ComparisonNode(FilterToken column, ComparisonOperator op, FilterLiteral literal) : FilterNode
{
    public override void Evaluate(DataFrame frame, bool[] result)
    {
        var data = FindColumn(frame, column);
        if (NumericColumns.IsNumeric(data))
        {
            Require(data, LiteralKind.Number, "a number");
            NumericColumns.Accept(data, new NumericComparison(op, literal, result));
        }
        else if (data is PrimitiveDataFrameColumn<DateTime> dates)
        {
            Require(data, LiteralKind.Text, "a quoted date like '2024-01-31' or '2024-01-31 13:45:00'");
            if (!DateLiteral.TryParse(literal.Text, out var date))
            {
                throw Error(
                    $"{literal.Source} is not a date; write it as '2024-01-31', '2024-01-31 13:45' or '2024-01-31 13:45:00'");
            }

            ComparisonScan.CompareDates(dates, date, op, result);
        }
        else if (data is PrimitiveDataFrameColumn<bool> flags)
        {
            Require(data, LiteralKind.Boolean, "true or false");
            if (!op.IsEquality)
            {
                throw Error($"'{column.Value}' is bool, which compares with == and != only, not '{op.Symbol}'");
            }

            ComparisonScan.CompareBooleans(flags, literal.Boolean, op.Equal, result);
        }
        else if (ColumnTypes.IsString(data))
        {
            Require(data, LiteralKind.Text, $"a quoted value like '{literal.Text}'");
            ComparisonScan.CompareStrings(data, literal.Text, op, result);
        }
        else
        {
            throw Error($"'{column.Value}' is {ColumnTypes.FriendlyName(data)}, which filters cannot compare");
        }
    }

    public override void CollectColumns(ICollection<string> columns) => columns.Add(column.Value);

    /// <summary>The named column, or an error at the name's position listing the frame's columns.</summary>
    internal static DataFrameColumn FindColumn(DataFrame frame, FilterToken name)
    {
        try
        {
            return ColumnLookup.Find(frame, name.Value);
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException($"at column {name.Column}: {error.Message}", error);
        }
    }

    private void Require(DataFrameColumn data, LiteralKind kind, string expected)
    {
        if (literal.Kind != kind)
        {
            throw Error($"'{column.Value}' is {ColumnTypes.FriendlyName(data)}; compare it with {expected}, not {literal.Source}");
        }
    }

    private ArgumentException Error(string problem) => new($"at column {column.Column}: {problem}");
}
