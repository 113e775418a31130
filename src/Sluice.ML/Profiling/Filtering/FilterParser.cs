namespace Sluice.ML.Profiling.Filtering;

/// <summary>
/// Recursive descent over the tokens: <c>or</c> binds looser than <c>and</c>, parentheses group, and each comparison
/// is <c>column op value</c> or <c>column is [not] null</c>.
/// </summary>
internal sealed class FilterParser
{
    private const int MaxDepth = 64;
    private const string Operators = "==, !=, <, <=, >, >=, 'is null' or 'is not null'";

    private static readonly HashSet<string> Keywords =
        new(["and", "or", "is", "not", "null", "true", "false"], StringComparer.OrdinalIgnoreCase);

    private readonly List<FilterToken> _tokens;
    private int _next;
    private int _depth;

    private FilterParser(List<FilterToken> tokens) => _tokens = tokens;

    private FilterToken Current => _tokens[_next];

    public static FilterNode Parse(string expression)
    {
        var parser = new FilterParser(FilterLexer.Tokenize(expression));
        var node = parser.ParseOr();
        if (parser.Current.Kind != FilterTokenKind.End)
        {
            throw Error(parser.Current, $"expected 'and', 'or' or the end of the expression, found {parser.Current.Describe()}");
        }

        return node;
    }

    private FilterNode ParseOr()
    {
        var node = ParseAnd();
        while (Current.IsKeyword("or"))
        {
            _next++;
            node = new LogicalNode(node, ParseAnd(), isAnd: false);
        }

        return node;
    }

    private FilterNode ParseAnd()
    {
        var node = ParsePrimary();
        while (Current.IsKeyword("and"))
        {
            _next++;
            node = new LogicalNode(node, ParsePrimary(), isAnd: true);
        }

        return node;
    }

    private FilterNode ParsePrimary()
    {
        var token = Current;
        if (token.Kind == FilterTokenKind.OpenParen)
        {
            if (++_depth > MaxDepth)
            {
                throw Error(token, $"parentheses are nested more than {MaxDepth} deep");
            }

            _next++;
            var inner = ParseOr();
            if (Current.Kind != FilterTokenKind.CloseParen)
            {
                throw Error(Current, $"expected ')' to close the '(' at column {token.Column}, found {Current.Describe()}");
            }

            _next++;
            _depth--;
            return inner;
        }

        if (!IsColumnName(token))
        {
            throw Error(token, $"expected a column name, found {token.Describe()}");
        }

        _next++;
        return ParseCondition(token);
    }

    private FilterNode ParseCondition(FilterToken column)
    {
        var token = Current;
        if (token.Kind == FilterTokenKind.Operator)
        {
            _next++;
            return new ComparisonNode(column, ComparisonOperator.FromSymbol(token.Value), ParseValue(token));
        }

        if (!token.IsKeyword("is"))
        {
            throw Error(token, $"expected an operator ({Operators}) after '{column.Source}', found {token.Describe()}");
        }

        _next++;
        var negated = Current.IsKeyword("not");
        if (negated)
        {
            _next++;
        }

        if (!Current.IsKeyword("null"))
        {
            var expected = negated ? "'null' after 'is not'" : "'null' or 'not null' after 'is'";
            throw Error(Current, $"expected {expected}, found {Current.Describe()}");
        }

        _next++;
        return new NullCheckNode(column, negated);
    }

    private FilterLiteral ParseValue(FilterToken op)
    {
        var token = Current;
        if (token.IsKeyword("null"))
        {
            throw Error(token, $"nothing is {op.Value} null; write 'is null' or 'is not null' to test for missing values");
        }

        var literal = token switch
        {
            { Kind: FilterTokenKind.Number } => new FilterLiteral(LiteralKind.Number, token.Value, token.Source),
            { Kind: FilterTokenKind.String } => new FilterLiteral(LiteralKind.Text, token.Value, token.Source),
            _ when token.IsKeyword("true") || token.IsKeyword("false") =>
                new FilterLiteral(LiteralKind.Boolean, token.Value, token.Source),
            _ => throw Error(
                token,
                $"expected a value after '{op.Value}' (a number, a quoted value, true or false), found {token.Describe()}"),
        };
        _next++;
        return literal;
    }

    private static bool IsColumnName(FilterToken token) => token.Kind == FilterTokenKind.QuotedName
        || (token.Kind == FilterTokenKind.Word && !Keywords.Contains(token.Value));

    private static FilterSyntaxException Error(FilterToken at, string problem) => new(at.Column, problem);
}
