using Sluice.ML.Tuning;

namespace Sluice.ML.Tests.Tuning;

public sealed class SearchSpaceTests
{
    public static TheoryData<string, Func<SearchSpace>, string> BadDeclarations => new()
    {
        { "low equals high", () => SearchSpace.Empty.Uniform("x", 1, 1), "'x': low (1) must be below high (1)" },
        { "low above high", () => SearchSpace.Empty.QUniform("x", 5, 1, 1), "'x': low (5) must be below high (1)" },
        { "reversed integers", () => SearchSpace.Empty.UniformInt("x", 3, 2), "'x': low (3) must be below high (2)" },
        { "log from zero", () => SearchSpace.Empty.LogUniform("x", 0, 1), "'x': a logarithmic range needs low above 0, not 0" },
        { "log from below zero", () => SearchSpace.Empty.QLogUniform("x", -1, 10, 1), "'x': a logarithmic range needs low above 0, not -1" },
        { "log integers from zero", () => SearchSpace.Empty.LogUniformInt("x", 0, 10), "'x': a logarithmic range needs low above 0, not 0" },
        { "step zero", () => SearchSpace.Empty.QUniform("x", 0, 10, 0), "'x': the step q must be above 0, not 0" },
        { "negative step", () => SearchSpace.Empty.QLogUniform("x", 1, 10, -2), "'x': the step q must be above 0, not -2" },
        { "NaN step", () => SearchSpace.Empty.QUniform("x", 0, 10, double.NaN), "'x': q must be a finite number, not NaN" },
        { "no multiple of the step", () => SearchSpace.Empty.QUniform("x", 1, 7, 8), "'x': no multiple of the step 8 lies between 1 and 7" },
        { "NaN low", () => SearchSpace.Empty.Uniform("x", double.NaN, 1), "'x': low must be a finite number, not NaN" },
        { "infinite high", () => SearchSpace.Empty.LogUniform("x", 1, double.PositiveInfinity), "'x': high must be a finite number, not Infinity" },
        { "empty text choice", () => SearchSpace.Empty.Choice("x", Array.Empty<string>()), "'x': a choice needs at least one option" },
        { "empty number choice", () => SearchSpace.Empty.Choice("x", Array.Empty<double>()), "'x': a choice needs at least one option" },
        { "repeated text option", () => SearchSpace.Empty.Choice("x", "sdca", "sdca"), "'x': option 'sdca' is listed twice" },
        { "repeated number option", () => SearchSpace.Empty.Choice("x", 1, 2, 1), "'x': option 1 is listed twice" },
        { "NaN option", () => SearchSpace.Empty.Choice("x", 1, double.NaN), "'x': an option must be a finite number, not NaN" },
        { "null option", () => SearchSpace.Empty.Choice("x", "a", null!), "'x': an option cannot be null" },
        { "duplicate name", () => SearchSpace.Empty.Uniform("x", 0, 1).Choice("x", "a"), "'x' is declared twice" },
        { "blank name", () => SearchSpace.Empty.Uniform(" ", 0, 1), "A search parameter needs a name" },
    };

    [Theory]
    [MemberData(nameof(BadDeclarations))]
    public void Declaring_ABadParameter_ThrowsNamingTheParameterAndTheRule(string problem, Func<SearchSpace> declare, string message)
    {
        var error = Should.Throw<ArgumentException>(declare, problem);

        error.Message.ShouldContain(message);
    }

    [Fact]
    public void Declaring_AddsParametersInOrder_AndDescribesThem()
    {
        var space = SearchSpace.Empty
            .Uniform("learning_rate", 0.01, 0.3)
            .LogUniform("l2_regularization", 1e-6, 1e-1)
            .QUniform("number_of_leaves", 8, 128, 8)
            .QLogUniform("minimum_example_count_per_leaf", 1, 100, 1)
            .UniformInt("number_of_trees", 50, 200)
            .Choice("trainer", "sdca", "online_gradient_descent")
            .Choice("shuffle", 0, 1);

        space.Parameters.Select(parameter => parameter.Name).ShouldBe(
            ["learning_rate", "l2_regularization", "number_of_leaves", "minimum_example_count_per_leaf", "number_of_trees", "trainer", "shuffle"]);
        space.ToString().ShouldBe(
            "learning_rate: uniform 0.01..0.3; l2_regularization: log-uniform 1E-06..0.1; "
            + "number_of_leaves: quantized uniform 8..128, step 8; "
            + "minimum_example_count_per_leaf: quantized log-uniform 1..100, step 1; "
            + "number_of_trees: quantized uniform 50..200, step 1; "
            + "trainer: choice of sdca, online_gradient_descent; shuffle: choice of 0, 1");
    }

    [Fact]
    public void Declaring_ReturnsANewSpace_AndLeavesTheOriginalAlone()
    {
        var one = SearchSpace.Empty.Uniform("x", 0, 1);

        var two = one.Choice("y", "a", "b");

        one.Parameters.Count.ShouldBe(1);
        two.Parameters.Count.ShouldBe(2);
        SearchSpace.Empty.Parameters.ShouldBeEmpty();
    }

    [Fact]
    public void Choices_KnowWhetherTheyHoldNumbers()
    {
        var space = SearchSpace.Empty.Choice("text", "a", "b").Choice("number", 0.5, 2);

        ((ChoiceParameter)space.Parameters[0]).IsNumeric.ShouldBeFalse();
        ((ChoiceParameter)space.Parameters[1]).IsNumeric.ShouldBeTrue();
        ((ChoiceParameter)space.Parameters[1]).Options.ShouldBe([0.5, 2.0]);
    }
}
