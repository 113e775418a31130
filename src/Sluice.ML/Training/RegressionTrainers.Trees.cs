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

    // ML.NET 5.0 sizes the row-pointer buffer it pushes sparse rows with as BatchSize / (columns x density), taking
    // the density over the raw slots but the column count after one-hot slot ranges are merged into categorical
    // features. On the course split (5,094 slots merged into 2 columns) the default 1 << 20 asks for 1.3 billion ints,
    // 5.3 GB per fit: free while the pages are fresh, but once the GC reuses them each fit zeroes 5 GB (13 s, 5-11 GB
    // resident). Batch size only decides how many rows go to LightGBM per call, so the model is the same.
    private const int LightGbmBatchSize = 1 << 12;

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
                BatchSize = LightGbmBatchSize,
            },
            settings.Parameters));
}
