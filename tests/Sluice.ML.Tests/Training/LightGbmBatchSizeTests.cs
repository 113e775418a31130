using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using Sluice.ML.Training;

namespace Sluice.ML.Tests.Training;

/// <summary>
/// RegressionTrainers gives LightGBM a small load batch because ML.NET's default over-allocates by the ratio of one-hot
/// slots to merged categorical columns (5.3 GB per fit on the course split). These prove the model does not change
/// and the allocation does.
/// </summary>
public sealed class LightGbmBatchSizeTests
{
    private static readonly TrainerSettings Settings = new(Seed: 1, Threads: 1)
    {
        Parameters = new Dictionary<string, double> { ["use_categorical_split"] = 1, ["number_of_iterations"] = 20 },
    };

    [Fact]
    public void Create_WithCategoricalSlots_PredictsExactlyAsMlNetsDefaultBatch()
    {
        var (_, ours) = FitAndPredict(ml => RegressionTrainers.Create(ml, "lightgbm", Settings));
        var (_, mlNets) = FitAndPredict(MlNetDefault);

        ours.ShouldBe(mlNets);
    }

    [Fact]
    public void Create_WithCategoricalSlots_LearnsTheCategories()
    {
        var ml = new MLContext(seed: 1);
        var data = OneHotRows.Load(ml);

        var model = RegressionTrainers.Create(ml, "lightgbm", Settings).Fit(data);
        var (actual, predicted) = SyntheticRows.Predict(ml, model, data);

        // The label spans 0..8 (standard deviation about 2); only a model that splits on the categories gets near 0.
        RegressionEvaluation.Evaluate(actual, predicted).Rmse.ShouldBeLessThan(0.3);
    }

    [Fact]
    public void Create_WithCategoricalSlots_AllocatesAFractionOfMlNetsDefaultBatch()
    {
        var (ours, _) = FitAndPredict(ml => RegressionTrainers.Create(ml, "lightgbm", Settings));
        var (mlNets, _) = FitAndPredict(MlNetDefault);

        // 65 slots merged into 2 columns: ML.NET's default asks for 1 << 20 / (2 x 2/65) ints, about 68 MB.
        mlNets.ShouldBeGreaterThan(60_000_000);
        ours.ShouldBeLessThan(mlNets / 10);
    }

    private static LightGbmRegressionTrainer MlNetDefault(MLContext ml) =>
        ml.Regression.Trainers.LightGbm(new LightGbmRegressionTrainer.Options
        {
            NumberOfThreads = 1,
            Seed = 1,
            NumberOfIterations = 20,
            UseCategoricalSplit = true,
            Booster = new GradientBooster.Options(),
        });

    private static (long Allocated, double[] Predicted) FitAndPredict(Func<MLContext, IEstimator<ITransformer>> trainer)
    {
        var ml = new MLContext(seed: 1);
        var data = OneHotRows.Load(ml);
        var estimator = trainer(ml);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var model = estimator.Fit(data);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        return (allocated, SyntheticRows.Predict(ml, model, data).Predicted);
    }
}
