using Microsoft.ML;
using Microsoft.ML.Data;
using Sluice.ML.Training;
using Xunit.Abstractions;

namespace Sluice.ML.Tests.Training;

/// <summary>
/// The course's models trained through <see cref="RegressionTrainers"/> on the real trip data. Bounds are the
/// course's figures with a little room; a trainer built with the wrong options lands far outside them.
/// </summary>
public sealed class CourseTrainingTests(CourseSplit split, ITestOutputHelper output) : IClassFixture<CourseSplit>
{
    [Fact]
    public void LightGbm_OnTheCourseSplit_ReachesTheCourseValidationRmse()
    {
        var settings = new TrainerSettings(Seed: 1, Threads: 1)
        {
            Parameters = new Dictionary<string, double> { ["use_categorical_split"] = 1 },
        };

        // Without the routes marked categorical this split gave 5.33: one-hot columns alone are not enough.
        double rmse = ValidationRmse("lightgbm", settings, distanceScale: 1, categoricalRoutes: true);

        rmse.ShouldBeLessThanOrEqualTo(5.3);
    }

    [Fact]
    public void Sdca_WithRescaledDistanceAndNoL1_ReachesTheCourseValidationRmse()
    {
        var settings = new TrainerSettings(Seed: 1, Threads: 1)
        {
            Parameters = new Dictionary<string, double>
            {
                ["l1_regularization"] = 0,
                ["l2_regularization"] = 1e-5,
                ["maximum_number_of_iterations"] = 200,
            },
        };

        // Unscaled, trip_distance (max 201,421 miles) makes SDCA diverge (RMSE 1,112). With ML.NET's automatic L2 and
        // iteration count it stops near 6.12; these settings reach the 5.94 measured for the course.
        double rmse = ValidationRmse("sdca", settings, distanceScale: 0.01, categoricalRoutes: false);

        rmse.ShouldBeLessThanOrEqualTo(6.1);
    }

    private double ValidationRmse(string trainer, TrainerSettings settings, double distanceScale, bool categoricalRoutes)
    {
        var ml = new MLContext(seed: 1);
        var train = CourseSplit.Load(ml, split.Train, split.TrainLabels, split.DistanceColumn, distanceScale, categoricalRoutes);
        var validation = CourseSplit.Load(ml, split.Validation, split.ValidationLabels, split.DistanceColumn, distanceScale, categoricalRoutes);

        var model = RegressionTrainers.Create(ml, trainer, settings).Fit(train);
        double[] predicted = [.. model.Transform(validation).GetColumn<float>("Score").Select(score => (double)score)];

        var metrics = RegressionEvaluation.Evaluate(split.ValidationLabels, predicted);
        output.WriteLine($"{trainer}: {metrics}");
        return metrics.Rmse;
    }
}
