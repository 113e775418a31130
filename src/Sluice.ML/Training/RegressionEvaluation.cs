namespace Sluice.ML.Training;

/// <summary>Computes regression metrics directly from actual and predicted values, as scikit-learn does.</summary>
public static class RegressionEvaluation
{
    /// <summary>
    /// Evaluates <paramref name="predicted"/> against <paramref name="actual"/>. Both must be non-empty and of the
    /// same length. R2 is NaN when the actual values have no variance (scikit-learn's choice of 0 or 1 there hides
    /// that the figure means nothing).
    /// </summary>
    /// <exception cref="ArgumentException">The arrays are empty or of different lengths.</exception>
    public static RegressionMetrics Evaluate(double[] actual, double[] predicted)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Length != predicted.Length)
        {
            throw new ArgumentException(
                $"Actual ({actual.Length} values) and predicted ({predicted.Length} values) must have the same length.",
                nameof(predicted));
        }

        if (actual.Length == 0)
        {
            throw new ArgumentException("Cannot evaluate an empty set of predictions.", nameof(actual));
        }

        double mean = 0;
        foreach (double value in actual)
        {
            mean += value;
        }

        mean /= actual.Length;

        double squaredErrors = 0, absoluteErrors = 0, squaredDeviations = 0;
        for (int i = 0; i < actual.Length; i++)
        {
            double error = actual[i] - predicted[i];
            squaredErrors += error * error;
            absoluteErrors += Math.Abs(error);
            double deviation = actual[i] - mean;
            squaredDeviations += deviation * deviation;
        }

        double mse = squaredErrors / actual.Length;
        double r2 = squaredDeviations == 0 ? double.NaN : 1 - (squaredErrors / squaredDeviations);
        return new RegressionMetrics(Math.Sqrt(mse), mse, absoluteErrors / actual.Length, r2);
    }
}
