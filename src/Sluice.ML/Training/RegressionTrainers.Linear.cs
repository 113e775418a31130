using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Sluice.ML.Training;

public static partial class RegressionTrainers
{
    private static readonly OptionSetters<SdcaRegressionTrainer.Options> SdcaSetters = new OptionSetters<SdcaRegressionTrainer.Options>("sdca")
        .Real("l1_regularization", (o, v) => o.L1Regularization = (float)v)
        .Real("l2_regularization", (o, v) => o.L2Regularization = (float)v)
        .Real("convergence_tolerance", (o, v) => o.ConvergenceTolerance = (float)v)
        .Real("bias_learning_rate", (o, v) => o.BiasLearningRate = (float)v)
        .Whole("maximum_number_of_iterations", (o, v) => o.MaximumNumberOfIterations = v)
        .Flag("shuffle", (o, v) => o.Shuffle = v);

    private static readonly OptionSetters<OnlineGradientDescentTrainer.Options> OgdSetters = new OptionSetters<OnlineGradientDescentTrainer.Options>("online_gradient_descent")
        .Real("learning_rate", (o, v) => o.LearningRate = (float)v)
        .Real("l2_regularization", (o, v) => o.L2Regularization = (float)v)
        .Real("initial_weights_diameter", (o, v) => o.InitialWeightsDiameter = (float)v)
        .Whole("number_of_iterations", (o, v) => o.NumberOfIterations = v)
        .Flag("decrease_learning_rate", (o, v) => o.DecreaseLearningRate = v)
        .Flag("shuffle", (o, v) => o.Shuffle = v);

    private static readonly OptionSetters<LbfgsPoissonRegressionTrainer.Options> PoissonSetters = new OptionSetters<LbfgsPoissonRegressionTrainer.Options>("lbfgs_poisson")
        .Real("l1_regularization", (o, v) => o.L1Regularization = (float)v)
        .Real("l2_regularization", (o, v) => o.L2Regularization = (float)v)
        .Real("optimization_tolerance", (o, v) => o.OptimizationTolerance = (float)v)
        .Whole("history_size", (o, v) => o.HistorySize = v)
        .Whole("maximum_number_of_iterations", (o, v) => o.MaximumNumberOfIterations = v)
        .Flag("enforce_non_negativity", (o, v) => o.EnforceNonNegativity = v);

    private static SdcaRegressionTrainer Sdca(MLContext ml, TrainerSettings settings) =>
        ml.Regression.Trainers.Sdca(SdcaSetters.Apply(
            new SdcaRegressionTrainer.Options
            {
                LabelColumnName = settings.LabelColumn,
                FeatureColumnName = settings.FeatureColumn,
                NumberOfThreads = settings.Threads ?? 1,
            },
            settings.Parameters));

    private static OnlineGradientDescentTrainer OnlineGradientDescent(MLContext ml, TrainerSettings settings) =>
        ml.Regression.Trainers.OnlineGradientDescent(OgdSetters.Apply(
            new OnlineGradientDescentTrainer.Options
            {
                LabelColumnName = settings.LabelColumn,
                FeatureColumnName = settings.FeatureColumn,
            },
            settings.Parameters));

    private static LbfgsPoissonRegressionTrainer LbfgsPoisson(MLContext ml, TrainerSettings settings) =>
        ml.Regression.Trainers.LbfgsPoissonRegression(PoissonSetters.Apply(
            new LbfgsPoissonRegressionTrainer.Options
            {
                LabelColumnName = settings.LabelColumn,
                FeatureColumnName = settings.FeatureColumn,
                NumberOfThreads = settings.Threads ?? 1,
            },
            settings.Parameters));
}
