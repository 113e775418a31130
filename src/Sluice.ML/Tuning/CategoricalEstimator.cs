namespace Sluice.ML.Tuning;

/// <summary>
/// hyperopt's estimator for a choice: option frequencies among the observations (weighted by
/// <see cref="LinearForgetting"/>) plus a prior pseudo-count spread evenly, so no option ever becomes impossible.
/// </summary>
internal sealed class CategoricalEstimator
{
    private readonly double[] _probabilities;

    private CategoricalEstimator(double[] probabilities) => _probabilities = probabilities;

    /// <summary>Fits to the chosen option indices, given in the order the trials ran.</summary>
    public static CategoricalEstimator Fit(IReadOnlyList<int> observations, int options, double priorWeight)
    {
        var counts = new double[options];
        double[] weights = LinearForgetting.Weights(observations.Count);
        for (int i = 0; i < observations.Count; i++)
        {
            counts[observations[i]] += weights[i];
        }

        double total = 0;
        for (int k = 0; k < options; k++)
        {
            counts[k] += priorWeight / options;
            total += counts[k];
        }

        return new CategoricalEstimator([.. counts.Select(count => count / total)]);
    }

    public int Sample(Random random)
    {
        double u = random.NextDouble();
        for (int k = 0; k < _probabilities.Length - 1; k++)
        {
            u -= _probabilities[k];
            if (u < 0)
            {
                return k;
            }
        }

        return _probabilities.Length - 1;
    }

    public double LogProbability(int option) => Math.Log(_probabilities[option]);
}
