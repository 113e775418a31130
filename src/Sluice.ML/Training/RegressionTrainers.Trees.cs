using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Sluice.ML.Training;

public static partial class RegressionTrainers
{
    private static readonly OptionSetters<FastTreeRegressionTrainer.Options> FastTreeSetters = new OptionSetters<FastTreeRegressionTrainer.Options>("fast_tree")
        .Real("learning_rate", (o, v) => o.LearningRate = v)
        .Real("feature_fraction", (o, v) => o.FeatureFraction = v)
        .Whole("number_of_leaves", (o, v) => o.NumberOfLeaves = v)
        .Whole("number_of_trees", (o, v) => o.NumberOfTrees = v)
        .Whole("minimum_example_count_per_leaf", (o, v) => o.MinimumExampleCountPerLeaf = v)
        .Whole("maximum_bin_count_per_feature", (o, v) => o.MaximumBinCountPerFeature = v);

    private static readonly OptionSetters<FastForestRegressionTrainer.Options> FastForestSetters = new OptionSetters<FastForestRegressionTrainer.Options>("fast_forest")
        .Real("feature_fraction", (o, v) => o.FeatureFraction = v)
        .Whole("number_of_leaves", (o, v) => o.NumberOfLeaves = v)
        .Whole("number_of_trees", (o, v) => o.NumberOfTrees = v)
        .Whole("minimum_example_count_per_leaf", (o, v) => o.MinimumExampleCountPerLeaf = v)
        .Whole("maximum_bin_count_per_feature", (o, v) => o.MaximumBinCountPerFeature = v);

    private static readonly OptionSetters<LightGbmRegressionTrainer.Options> LightGbmSetters = new OptionSetters<LightGbmRegressionTrainer.Options>("lightgbm")
        .Real("learning_rate", (o, v) => o.LearningRate = v)
        .Real("l1_regularization", (o, v) => o.Booster.L1Regularization = v)
        .Real("l2_regularization", (o, v) => o.Booster.L2Regularization = v)
        .Whole("number_of_leaves", (o, v) => o.NumberOfLeaves = v)
        .Whole("number_of_iterations", (o, v) => o.NumberOfIterations = v)
        .Whole("minimum_example_count_per_leaf", (o, v) => o.MinimumExampleCountPerLeaf = v)
        .Whole("maximum_bin_count_per_feature", (o, v) => o.MaximumBinCountPerFeature = v)
        .Flag("use_categorical_split", (o, v) => o.UseCategoricalSplit = v);

    private static FastTreeRegressionTrainer FastTree(MLContext ml, TrainerSettings settings)
    {
        var options = new FastTreeRegressionTrainer.Options
        {
            LabelColumnName = settings.LabelColumn,
            FeatureColumnName = settings.FeatureColumn,
            NumberOfThreads = settings.Threads,
        };
        if (settings.Seed is int seed)
        {
            options.Seed = seed;
        }

        return ml.Regression.Trainers.FastTree(FastTreeSetters.Apply(options, settings.Parameters));
    }

    private static FastForestRegressionTrainer FastForest(MLContext ml, TrainerSettings settings)
    {
        var options = new FastForestRegressionTrainer.Options
        {
            LabelColumnName = settings.LabelColumn,
            FeatureColumnName = settings.FeatureColumn,
            NumberOfThreads = settings.Threads,
        };
        if (settings.Seed is int seed)
        {
            options.Seed = seed;
        }

        return ml.Regression.Trainers.FastForest(FastForestSetters.Apply(options, settings.Parameters));
    }

    private static LightGbmRegressionTrainer LightGbm(MLContext ml, TrainerSettings settings) =>
        ml.Regression.Trainers.LightGbm(LightGbmSetters.Apply(
            new LightGbmRegressionTrainer.Options
            {
                LabelColumnName = settings.LabelColumn,
                FeatureColumnName = settings.FeatureColumn,
                NumberOfThreads = settings.Threads ?? 1,
                Seed = settings.Seed,
                Booster = new GradientBooster.Options(),
            },
            settings.Parameters));
}
