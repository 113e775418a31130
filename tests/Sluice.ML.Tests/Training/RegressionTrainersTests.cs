using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Sluice.ML.Training;

namespace Sluice.ML.Tests.Training;

public sealed class RegressionTrainersTests
{
    [Fact]
    public void Names_ListsEveryTrainer()
    {
        RegressionTrainers.Names.ShouldBe(
            ["fast_forest", "fast_tree", "lbfgs_poisson", "lightgbm", "online_gradient_descent", "sdca"]);
    }

    [Fact]
    public void Create_WhenNameIsUnknown_NamesItAndListsTheValidOnes()
    {
        var error = Should.Throw<ArgumentException>(
            () => RegressionTrainers.Create(new MLContext(1), "xgboost", new TrainerSettings()));

        error.Message.ShouldContain("'xgboost'");
        error.Message.ShouldContain("fast_forest, fast_tree, lbfgs_poisson, lightgbm, online_gradient_descent, sdca");
    }

    [Fact]
    public void Create_WhenTrainerDoesNotTakeTheParameter_NamesItAndListsTheValidOnes()
    {
        var settings = new TrainerSettings { Parameters = new Dictionary<string, double> { ["learning_rate"] = 0.1 } };

        var error = Should.Throw<ArgumentException>(() => RegressionTrainers.Create(new MLContext(1), "fast_forest", settings));

        error.Message.ShouldContain("'fast_forest' has no parameter 'learning_rate'");
        error.Message.ShouldContain("feature_fraction, maximum_bin_count_per_feature, minimum_example_count_per_leaf");
    }

    [Fact]
    public void Create_WhenAWholeNumberParameterIsFractional_SaysSo()
    {
        var settings = new TrainerSettings { Parameters = new Dictionary<string, double> { ["number_of_leaves"] = 3.5 } };

        var error = Should.Throw<ArgumentException>(() => RegressionTrainers.Create(new MLContext(1), "lightgbm", settings));

        error.Message.ShouldContain("'number_of_leaves' of trainer 'lightgbm' must be a whole number, not 3.5");
    }

    [Theory]
    [InlineData("sdca", 0.1)]
    [InlineData("online_gradient_descent", 0.3)]
    [InlineData("lbfgs_poisson", 0.6)]
    [InlineData("fast_tree", 0.3)]
    [InlineData("fast_forest", 0.4)]
    [InlineData("lightgbm", 0.3)]
    public void Create_EveryTrainer_LearnsASimpleLinearRelation(string name, double maximumRmse)
    {
        var ml = new MLContext(seed: 1);
        var data = SyntheticRows.Load(ml);

        var model = RegressionTrainers.Create(ml, name, Probe(name)).Fit(data);
        var (actual, predicted) = SyntheticRows.Predict(ml, model, data);

        // The label's standard deviation is about 1.0, so each bound is well below guessing the mean.
        RegressionEvaluation.Evaluate(actual, predicted).Rmse.ShouldBeLessThan(maximumRmse);
    }

    [Theory]
    [InlineData("sdca")]
    [InlineData("lightgbm")]
    [InlineData("fast_tree")]
    public void Create_WithTheSameSeed_GivesTheSamePredictions(string name)
    {
        double[] first = FitAndPredict(name);
        double[] second = FitAndPredict(name);

        second.ShouldBe(first);
    }

    [Fact]
    public void Create_AppliesTreeParametersToTheOptions()
    {
        var ml = new MLContext(seed: 1);
        var settings = new TrainerSettings(Seed: 1)
        {
            Parameters = new Dictionary<string, double> { ["number_of_trees"] = 3, ["number_of_leaves"] = 4 },
        };

        var model = (RegressionPredictionTransformer<FastTreeRegressionModelParameters>)RegressionTrainers
            .Create(ml, "fast_tree", settings).Fit(SyntheticRows.Load(ml));

        model.Model.TrainedTreeEnsemble.Trees.Count.ShouldBe(3);
        model.Model.TrainedTreeEnsemble.Trees.ShouldAllBe(tree => tree.NumberOfLeaves <= 4);
    }

    [Fact]
    public void Create_AppliesLightGbmIterationsToTheOptions()
    {
        var ml = new MLContext(seed: 1);
        var settings = new TrainerSettings(Seed: 1)
        {
            Parameters = new Dictionary<string, double> { ["number_of_iterations"] = 5, ["learning_rate"] = 0.5 },
        };

        var model = (RegressionPredictionTransformer<LightGbmRegressionModelParameters>)RegressionTrainers
            .Create(ml, "lightgbm", settings).Fit(SyntheticRows.Load(ml));

        model.Model.TrainedTreeEnsemble.Trees.Count.ShouldBe(5);
    }

    private static TrainerSettings Probe(string name) => name switch
    {
        "sdca" => new TrainerSettings(Seed: 1) { Parameters = new Dictionary<string, double> { ["l1_regularization"] = 0 } },
        "online_gradient_descent" => new TrainerSettings(Seed: 1) { Parameters = new Dictionary<string, double> { ["number_of_iterations"] = 20 } },
        _ => new TrainerSettings(Seed: 1),
    };

    private static double[] FitAndPredict(string name)
    {
        var ml = new MLContext(seed: 3);
        var data = SyntheticRows.Load(ml);
        var model = RegressionTrainers.Create(ml, name, new TrainerSettings(Seed: 3)).Fit(data);
        return SyntheticRows.Predict(ml, model, data).Predicted;
    }
}
