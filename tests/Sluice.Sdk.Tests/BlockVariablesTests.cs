namespace Sluice.Sdk.Tests;

public sealed class BlockVariablesTests
{
    private static BlockVariables Of(params (string Name, object? Value)[] values) =>
        new(values.ToDictionary(v => v.Name, v => v.Value));

    [Fact]
    public void Get_ConvertsTextFromTheCommandLineToTheTypeAsked()
    {
        var variables = Of(("year", "2024"), ("ratio", "0.25"), ("on", "true"), ("day", "2024-02-01"));

        variables.Get<int>("year").ShouldBe(2024);
        variables.Get<double>("ratio").ShouldBe(0.25);
        variables.Get<bool>("on").ShouldBeTrue();
        variables.Get<DateTime>("day").ShouldBe(new DateTime(2024, 2, 1));
    }

    [Fact]
    public void Get_TurnsACommaSeparatedStringOrAYamlListIntoArraysAndLists()
    {
        var variables = Of(("months", "1, 2,3"), ("names", new List<object?> { "a", "b" }), ("one", 7L));

        variables.Get<int[]>("months").ShouldBe([1, 2, 3]);
        variables.Get<List<string>>("names").ShouldBe(["a", "b"]);
        variables.Get<IReadOnlyList<int>>("one").ShouldBe([7]);
    }

    [Fact]
    public void Get_WithAFallback_UsesItOnlyWhenTheVariableIsNotSet()
    {
        var variables = Of(("target", "duration"), ("empty", null));

        variables.Get("target", "other").ShouldBe("duration");
        variables.Get("missing", 5).ShouldBe(5);
        variables.Get("empty", "fallback").ShouldBe("fallback");
        variables.GetString("missing", "x").ShouldBe("x");
    }

    [Fact]
    public void Get_WhenTheValueDoesNotConvert_NamesTheVariableTheValueAndTheType()
    {
        var variables = Of(("year", "twenty"), ("months", "1,x"));

        Should.Throw<FormatException>(() => variables.Get<int>("year"))
            .Message.ShouldBe("Variable 'year' has the value 'twenty', which does not convert to Int32.");
        Should.Throw<FormatException>(() => variables.Get<int[]>("months"))
            .Message.ShouldBe("Variable 'months' has the value '1,x', which does not convert to Int32[].");
    }

    [Fact]
    public void Get_WhenTheVariableIsNotSet_SaysWhich()
    {
        Should.Throw<KeyNotFoundException>(() => BlockVariables.Empty.Get<int>("year"))
            .Message.ShouldBe("Variable 'year' is not set.");
    }
}
