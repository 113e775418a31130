namespace Sluice.ML.Tuning;

/// <summary>
/// hyperopt's adaptive Parzen estimator for one numeric parameter: a mixture of normals, one per observation plus one
/// wide prior, truncated to the parameter's bounds. Each observation's width is the larger gap to its neighbours,
/// clipped between range / min(100, n + 1) and the range, so the estimator sharpens as evidence accumulates.
/// Works in the samplers' inner space (the logarithm for a log scale).
/// </summary>
internal sealed class ParzenEstimator
{
    private const int MaximumRejections = 1000;

    private readonly double[] _means;
    private readonly double[] _sigmas;
    private readonly double[] _weights;
    private readonly double _low;
    private readonly double _high;
    private readonly double _logAccepted;

    private ParzenEstimator(double[] means, double[] sigmas, double[] weights, double low, double high)
    {
        (_means, _sigmas, _weights, _low, _high) = (means, sigmas, weights, low, high);
        double accepted = 0;
        for (int i = 0; i < means.Length; i++)
        {
            accepted += weights[i] * Gaussian.Mass((low - means[i]) / sigmas[i], (high - means[i]) / sigmas[i]);
        }

        _logAccepted = Math.Log(accepted);
    }

    /// <summary>Fits the mixture to <paramref name="observations"/>, given in the order the trials ran.</summary>
    public static ParzenEstimator Fit(IReadOnlyList<double> observations, double low, double high, double priorWeight)
    {
        double priorMean = 0.5 * (low + high);
        double priorSigma = high - low;
        double[] forgetting = LinearForgetting.Weights(observations.Count);

        // Sort observations with their weights (stable, so equal values keep trial order) and slot the prior in
        // before the first observation not below its mean, as numpy's searchsorted does.
        var order = Enumerable.Range(0, observations.Count).OrderBy(i => observations[i]).ToArray();
        int priorAt = order.Count(i => observations[i] < priorMean);
        int count = order.Length + 1;
        var means = new double[count];
        var weights = new double[count];
        for (int k = 0, i = 0; k < count; k++)
        {
            if (k == priorAt)
            {
                (means[k], weights[k]) = (priorMean, priorWeight);
            }
            else
            {
                (means[k], weights[k]) = (observations[order[i]], forgetting[order[i]]);
                i++;
            }
        }

        var sigmas = Widths(means, priorAt, priorSigma);
        double total = weights.Sum();
        for (int k = 0; k < count; k++)
        {
            weights[k] /= total;
        }

        return new ParzenEstimator(means, sigmas, weights, low, high);
    }

    /// <summary>Draws a point within the bounds: a component by weight, then its normal, again until inside.</summary>
    public double Sample(Random random)
    {
        for (int attempt = 0; attempt < MaximumRejections; attempt++)
        {
            int component = Pick(random);
            double x = _means[component] + (_sigmas[component] * Gaussian.Draw(random));
            if (x >= _low && x < _high)
            {
                return x;
            }
        }

        // Unreachable in practice (each component keeps a third of its mass inside); bounded so a search cannot hang.
        return Math.Clamp(_means[Pick(random)], _low, _high);
    }

    /// <summary>log of the truncated mixture's density at <paramref name="x"/>.</summary>
    public double LogDensity(double x)
    {
        var terms = new double[_means.Length];
        for (int i = 0; i < terms.Length; i++)
        {
            double z = (x - _means[i]) / _sigmas[i];
            terms[i] = Math.Log(_weights[i]) + Gaussian.LogDensity(z) - Math.Log(_sigmas[i]);
        }

        return LogSumExp(terms) - _logAccepted;
    }

    /// <summary>log of the truncated mixture's probability of [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    public double LogMass(double lower, double upper)
    {
        double mass = 0;
        for (int i = 0; i < _means.Length; i++)
        {
            mass += _weights[i] * Gaussian.Mass((lower - _means[i]) / _sigmas[i], (upper - _means[i]) / _sigmas[i]);
        }

        // A bin too far out for double precision scores as very unlikely rather than minus infinity.
        return Math.Log(Math.Max(mass, double.Epsilon)) - _logAccepted;
    }

    private static double[] Widths(double[] means, int priorAt, double priorSigma)
    {
        int count = means.Length;
        var sigmas = new double[count];
        if (count == 2)
        {
            // One observation: hyperopt gives it half the prior's width.
            sigmas[1 - priorAt] = 0.5 * priorSigma;
        }
        else if (count > 2)
        {
            sigmas[0] = means[1] - means[0];
            sigmas[count - 1] = means[count - 1] - means[count - 2];
            for (int k = 1; k < count - 1; k++)
            {
                sigmas[k] = Math.Max(means[k] - means[k - 1], means[k + 1] - means[k]);
            }
        }

        double minimum = priorSigma / Math.Min(100.0, 1.0 + count);
        for (int k = 0; k < count; k++)
        {
            sigmas[k] = Math.Clamp(sigmas[k], minimum, priorSigma);
        }

        sigmas[priorAt] = priorSigma;
        return sigmas;
    }

    private int Pick(Random random)
    {
        double u = random.NextDouble();
        for (int i = 0; i < _weights.Length - 1; i++)
        {
            u -= _weights[i];
            if (u < 0)
            {
                return i;
            }
        }

        return _weights.Length - 1;
    }

    private static double LogSumExp(double[] terms)
    {
        double max = terms.Max();
        double sum = terms.Sum(term => Math.Exp(term - max));
        return max + Math.Log(sum);
    }
}
