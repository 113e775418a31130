using Sluice.ML.Profiling;

namespace Sluice.ML.Tests.Profiling;

public sealed class RowFilterSyntaxTests
{
    [Theory]
    [InlineData("", 1, "expected a column name, found the end of the expression")]
    [InlineData("   ", 4, "expected a column name, found the end of the expression")]
    [InlineData("trip_distance <=", 17, "expected a value after '<=' (a number, a quoted value, true or false), found the end of the expression")]
    [InlineData("trip_distance <= fare", 18, "expected a value after '<=' (a number, a quoted value, true or false), found 'fare'")]
    [InlineData("trip_distance", 14, "expected an operator (==, !=, <, <=, >, >=, 'is null' or 'is not null') after 'trip_distance', found the end of the expression")]
    [InlineData("trip_distance 5", 15, "expected an operator (==, !=, <, <=, >, >=, 'is null' or 'is not null') after 'trip_distance', found '5'")]
    [InlineData("trip_distance = 5", 15, "'=' is not an operator; write '==' to compare")]
    [InlineData("fare ! 5", 6, "unexpected character '!'")]
    [InlineData("fare == 5 # note", 11, "unexpected character '#'")]
    [InlineData("flag == 'N", 9, "the quoted value starting here has no closing quote")]
    [InlineData("`pickup time == 1", 1, "the column name starting here has no closing '`'")]
    [InlineData("`` == 1", 1, "'``' is an empty column name")]
    [InlineData("fare == 1e", 10, "expected digits after the exponent in '1e'")]
    [InlineData("fare == 12abc", 11, "unexpected 'a' after the number '12'")]
    [InlineData("fare == 1.2.3", 12, "unexpected '.' after the number '1.2'")]
    [InlineData("(fare == 1", 11, "expected ')' to close the '(' at column 1, found the end of the expression")]
    [InlineData("fare == 1)", 10, "expected 'and', 'or' or the end of the expression, found ')'")]
    [InlineData("fare == 1 fare == 2", 11, "expected 'and', 'or' or the end of the expression, found 'fare'")]
    [InlineData("fare == 1 and", 14, "expected a column name, found the end of the expression")]
    [InlineData("fare == 1 or or fare == 2", 14, "expected a column name, found 'or'")]
    [InlineData("5 < fare", 1, "expected a column name, found '5'")]
    [InlineData("'N' == flag", 1, "expected a column name, found ''N''")]
    [InlineData("fare is", 8, "expected 'null' or 'not null' after 'is', found the end of the expression")]
    [InlineData("fare is 5", 9, "expected 'null' or 'not null' after 'is', found '5'")]
    [InlineData("fare is not 5", 13, "expected 'null' after 'is not', found '5'")]
    [InlineData("fare == null", 9, "nothing is == null; write 'is null' or 'is not null' to test for missing values")]
    [InlineData("() ", 2, "expected a column name, found ')'")]
    public void Parse_WhenExpressionIsMalformed_NamesTheColumnAndWhatWasExpected(string expression, int column, string problem)
    {
        var error = Should.Throw<FilterSyntaxException>(() => RowFilter.Parse(expression));

        error.Column.ShouldBe(column);
        error.Message.ShouldBe($"at column {column}: {problem}");
        error.ShouldBeAssignableTo<FormatException>();
    }

    [Fact]
    public void Parse_WhenParenthesesNestTooDeep_StopsWithAMessageInsteadOfOverflowingTheStack()
    {
        var expression = new string('(', 100_000) + "fare == 1" + new string(')', 100_000);

        var error = Should.Throw<FilterSyntaxException>(() => RowFilter.Parse(expression));

        error.Message.ShouldBe("at column 65: parentheses are nested more than 64 deep");
    }

    [Fact]
    public void Parse_WhenNestingIsWithinTheLimit_Reads()
    {
        var expression = new string('(', 64) + "fare == 1" + new string(')', 64);

        RowFilter.Parse(expression).Columns.ShouldBe(["fare"]);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Should.Throw<ArgumentNullException>(() => RowFilter.Parse(null!));
    }
}
