namespace Sluice.ML.Tuning;

/// <summary>
/// hyperopt's weights for past observations: the latest 25 count fully, older ones ramp down linearly toward 1/n, so
/// that a long search follows where it is now rather than where it started.
/// </summary>
internal static class LinearForgetting
{
    public const int Window = 25;

    /// <summary>Weights for <paramref name="count"/> observations in the order they were made.</summary>
    public static double[] Weights(int count)
    {
        var weights = new double[count];
        int ramp = count - Window;
        for (int i = 0; i < count; i++)
        {
            // numpy's linspace(1/n, 1, n - LF): evenly from 1/n to 1 inclusive over the older observations.
            weights[i] = i >= ramp ? 1
                : ramp == 1 ? 1.0 / count
                : (1.0 / count) + (i * (1 - (1.0 / count)) / (ramp - 1));
        }

        return weights;
    }
}
