using Microsoft.Data.Analysis;

using Sluice.ML.Profiling;

namespace Sluice.ML.Tests.Profiling;

public sealed class RowFilterTests
{
    [Theory]
    [InlineData("trip_distance <= 20", new[] { 0, 1, 2, 4, 5, 8, 9 })]
    [InlineData("trip_distance < 1.5", new[] { 0, 1 })]
    [InlineData("trip_distance >= 20", new[] { 5, 6 })]
    [InlineData("trip_distance > 20", new[] { 6 })]
    [InlineData("trip_distance == 9", new[] { 9 })]
    [InlineData("trip_distance != 9", new[] { 0, 1, 2, 4, 5, 6, 8 })]
    [InlineData("PULocationID == 236 and trip_distance > 1.5", new[] { 5 })]
    [InlineData("PULocationID > 73.5", new[] { 0, 1, 2, 3, 5, 6, 8, 9 })]
    [InlineData("PULocationID == 74.5", new int[0])]
    [InlineData("PULocationID < 1e10", new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData("fare >= -1.5e1 and fare < .5e1", new[] { 7 })]
    public void Evaluate_NumberComparisons_KeepTheRowsThatHold_AndNeverNullOrNaN(string expression, int[] expected)
    {
        var mask = RowFilter.Parse(expression).Evaluate(SampleTrips.Frame());

        SampleTrips.Rows(mask).ShouldBe(expected);
    }

    [Theory]
    [InlineData("store_and_fwd_flag != 'N'", new[] { 2, 5 })]
    [InlineData("store_and_fwd_flag == 'N'", new[] { 0, 1, 4, 6, 7, 9 })]
    [InlineData("store_and_fwd_flag > 'N'", new[] { 2, 5 })]
    [InlineData("store_and_fwd_flag is null", new[] { 3, 8 })]
    [InlineData("trip_distance is null", new[] { 3, 7 })]
    [InlineData("trip_distance IS NOT NULL", new[] { 0, 1, 2, 4, 5, 6, 8, 9 })]
    [InlineData("pickup is null or paid is null", new[] { 3, 6 })]
    [InlineData("paid == false", new[] { 1, 6, 9 })]
    [InlineData("paid != true", new[] { 1, 6, 9 })]
    public void Evaluate_TextNullAndBoolConditions_KeepTheRowsThatHold(string expression, int[] expected)
    {
        var mask = RowFilter.Parse(expression).Evaluate(SampleTrips.Frame());

        SampleTrips.Rows(mask).ShouldBe(expected);
    }

    [Theory]
    [InlineData("pickup >= '2024-01-02'", new[] { 4, 5, 7, 8, 9 })]
    [InlineData("pickup < '2024-01-01 01:05'", new[] { 0, 1 })]
    [InlineData("pickup == '2024-01-01T23:59:59'", new[] { 3 })]
    [InlineData("pickup > '2024-01-31 23:00:00.5'", new[] { 9 })]
    public void Evaluate_DateComparisons_ReadIsoDates(string expression, int[] expected)
    {
        var mask = RowFilter.Parse(expression).Evaluate(SampleTrips.Frame());

        SampleTrips.Rows(mask).ShouldBe(expected);
    }

    [Theory]
    [InlineData("PULocationID == 41 or PULocationID == 74 and trip_distance < 5", new[] { 2, 4, 7 })]
    [InlineData("(PULocationID == 41 or PULocationID == 74) and trip_distance < 5", new[] { 2, 4 })]
    [InlineData("paid == true AND (fare > 50 Or fare < 6) or store_and_fwd_flag is null", new[] { 0, 3, 5, 7, 8 })]
    public void Evaluate_AndBindsTighterThanOr_AndParenthesesGroup(string expression, int[] expected)
    {
        var mask = RowFilter.Parse(expression).Evaluate(SampleTrips.Frame());

        SampleTrips.Rows(mask).ShouldBe(expected);
    }

    [Fact]
    public void Evaluate_LongColumn_ComparesBeyondDoublePrecisionExactly()
    {
        var frame = new DataFrame(new Int64DataFrameColumn("id", [9007199254740992L, 9007199254740993L]));

        var mask = RowFilter.Parse("id == 9007199254740993").Evaluate(frame);

        mask.ShouldBe([false, true]);
    }

    [Fact]
    public void Evaluate_FloatColumn_MatchesTheLiteralAsAFloat()
    {
        var frame = new DataFrame(new SingleDataFrameColumn("ratio", [0.1f, 0.2f]));

        RowFilter.Parse("ratio == 0.1").Evaluate(frame).ShouldBe([true, false]);
    }

    [Fact]
    public void Evaluate_BacktickedNamesAndDoubledQuotes_ReadAsWritten()
    {
        var frame = new DataFrame(new StringDataFrameColumn("the name", ["it's", "its", null]));

        var mask = RowFilter.Parse("`the name` == 'it''s' or `the name` is null").Evaluate(frame);

        mask.ShouldBe([true, false, true]);
    }

    [Fact]
    public void Evaluate_ArrowStringColumn_ComparesLikeAStringColumn()
    {
        var frame = new DataFrame(ArrowStrings.Column("flag", ["N", null, "Y", "N"]));

        RowFilter.Parse("flag == 'N'").Evaluate(frame).ShouldBe([true, false, false, true]);
        RowFilter.Parse("flag is null").Evaluate(frame).ShouldBe([false, true, false, false]);
    }

    [Fact]
    public void Columns_ListsEachReadColumnOnce_InOrderOfMention()
    {
        var filter = RowFilter.Parse("fare > 1 and (pickup is null or fare < 9) and paid == true");

        filter.Columns.ShouldBe(["fare", "pickup", "paid"]);
        filter.ToString().ShouldBe("fare > 1 and (pickup is null or fare < 9) and paid == true");
    }

    [Fact]
    public void Apply_KeepsTheMatchingRows_AsANewFrame()
    {
        var kept = RowFilter.Parse("PULocationID == 74").Apply(SampleTrips.Frame());

        kept.Rows.Count.ShouldBe(3);
        kept["fare"].Cast<object?>().ShouldBe(new object?[] { null, 70.0, 30.0 });
    }

    [Fact]
    public void Evaluate_WhenColumnIsUnknown_NamesItAndListsTheFrameColumns()
    {
        var filter = RowFilter.Parse("trip_distance > 1 and tip > 0");

        var error = Should.Throw<ArgumentException>(() => filter.Evaluate(SampleTrips.Frame()));

        error.Message.ShouldBe(
            "at column 23: The frame has no column 'tip'. Its columns are: trip_distance, PULocationID, "
            + "store_and_fwd_flag, pickup, fare, paid.");
    }

    [Theory]
    [InlineData("store_and_fwd_flag == 5", "at column 1: 'store_and_fwd_flag' is string; compare it with a quoted value like '5', not 5")]
    [InlineData("fare > '5'", "at column 1: 'fare' is double; compare it with a number, not '5'")]
    [InlineData("pickup > 5", "compare it with a quoted date like '2024-01-31'")]
    [InlineData("pickup > '31/01/2024'", "'31/01/2024' is not a date; write it as '2024-01-31'")]
    [InlineData("paid == 1", "'paid' is bool; compare it with true or false, not 1")]
    [InlineData("paid < true", "'paid' is bool, which compares with == and != only, not '<'")]
    [InlineData("PULocationID == true", "'PULocationID' is int; compare it with a number, not true")]
    public void Evaluate_WhenValueDoesNotSuitTheColumn_SaysWhatItTakes(string expression, string expected)
    {
        var filter = RowFilter.Parse(expression);

        var error = Should.Throw<ArgumentException>(() => filter.Evaluate(SampleTrips.Frame()));

        error.Message.ShouldContain(expected);
    }
}
