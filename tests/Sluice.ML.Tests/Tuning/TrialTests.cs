using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Sluice.ML.Tests.Training;
using Sluice.ML.Training;
using Sluice.ML.Tuning;

namespace Sluice.ML.Tests.Tuning;

public sealed class TrialTests
{
    private static readonly SearchSpace Space = SearchSpace.Empty
        .LogUniform("learning_rate", 0.01, 0.3)
        .QUniform("number_of_leaves", 8, 32, 8)
        .Choice("trainer", "fast_tree", "lightgbm")
        .Choice("number_of_trees", 3, 5);

    [Fact]
    public async Task Values_AreNumbersForNumericParametersAndTheChosenOptionForChoices()
    {
        var trial = await TuningRuns.OneTrialAsync(Space);

        trial.Number.ShouldBe(1);
        trial.Values.Keys.ShouldBe(["learning_rate", "number_of_leaves", "trainer", "number_of_trees"]);
        trial.Values["learning_rate"].ShouldBeOfType<double>();
        trial.Values["number_of_leaves"].ShouldBeOfType<double>();
        trial.Values["trainer"].ShouldBeOfType<string>();
        trial.Values["number_of_trees"].ShouldBeOfType<double>();
    }

    [Fact]
    public async Task TypedGetters_ReturnTheValues()
    {
        var trial = await TuningRuns.OneTrialAsync(Space);

        trial.GetDouble("learning_rate").ShouldBe((double)trial.Values["learning_rate"]);
        trial.GetInt32("number_of_leaves").ShouldBe((int)(double)trial.Values["number_of_leaves"]);
        trial.GetString("trainer").ShouldBe((string)trial.Values["trainer"]);
    }

    [Fact]
    public async Task ToParameters_KeepsNumbersAndNumericChoices_AndLeavesOutText()
    {
        var trial = await TuningRuns.OneTrialAsync(Space);

        var parameters = trial.ToParameters();

        parameters.Keys.ShouldBe(["learning_rate", "number_of_leaves", "number_of_trees"], ignoreOrder: true);
        parameters["number_of_trees"].ShouldBe(trial.GetDouble("number_of_trees"));
    }

    [Fact]
    public async Task ToParameters_FeedsTrainerSettings()
    {
        var trial = await TuningRuns.OneTrialAsync(Space);
        var ml = new MLContext(seed: 1);
        var settings = new TrainerSettings(Seed: 1) { Parameters = trial.ToParameters() };

        var model = (RegressionPredictionTransformer<FastTreeRegressionModelParameters>)RegressionTrainers
            .Create(ml, "fast_tree", settings).Fit(SyntheticRows.Load(ml, 500));

        model.Model.TrainedTreeEnsemble.Trees.Count.ShouldBe(trial.GetInt32("number_of_trees"));
        model.Model.TrainedTreeEnsemble.Trees.ShouldAllBe(tree => tree.NumberOfLeaves <= trial.GetInt32("number_of_leaves"));
    }

    [Fact]
    public async Task GetDouble_OnText_SaysWhatItHolds()
    {
        var trial = await TuningRuns.OneTrialAsync(Space);

        var error = Should.Throw<ArgumentException>(() => trial.GetDouble("trainer"));

        error.Message.ShouldContain($"Parameter 'trainer' of trial 1 holds the text '{trial.GetString("trainer")}', not a number.");
    }

    [Fact]
    public async Task GetString_OnANumber_SaysWhatItHolds()
    {
        var trial = await TuningRuns.OneTrialAsync(Space);

        var error = Should.Throw<ArgumentException>(() => trial.GetString("number_of_trees"));

        error.Message.ShouldContain("Parameter 'number_of_trees' of trial 1 holds the number");
        error.Message.ShouldContain("not text.");
    }

    [Fact]
    public async Task GetInt32_OnAFraction_SaysItIsNotWhole()
    {
        var trial = await TuningRuns.OneTrialAsync(Space);

        var error = Should.Throw<ArgumentException>(() => trial.GetInt32("learning_rate"));

        error.Message.ShouldContain($"Parameter 'learning_rate' of trial 1 holds {trial.GetDouble("learning_rate"):R}, not a whole number.");
    }

    [Fact]
    public async Task Getters_OnAnUnknownName_ListTheParameters()
    {
        var trial = await TuningRuns.OneTrialAsync(Space);

        var error = Should.Throw<ArgumentException>(() => trial.GetDouble("l2_regularization"));

        error.Message.ShouldContain(
            "Trial 1 has no parameter 'l2_regularization'. Parameters: learning_rate, number_of_leaves, trainer, number_of_trees.");
    }

    [Fact]
    public async Task ToString_ListsTheValuesInFullPrecision()
    {
        var trial = await TuningRuns.OneTrialAsync(SearchSpace.Empty.Choice("trainer", "sdca").Choice("shuffle", 1));

        trial.ToString().ShouldBe("trial 1: trainer=sdca, shuffle=1");
    }
}
