namespace Sluice.ML.Tuning;

/// <summary>
/// The standard normal distribution as TPE needs it. .NET has no erf, so erfc is Numerical Recipes' Chebyshev fit
/// (relative error below 1.2e-7 everywhere, tails included), plenty for ranking candidates.
/// </summary>
internal static class Gaussian
{
    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>A standard normal draw (Box-Muller), from two uniforms of <paramref name="random"/>.</summary>
    public static double Draw(Random random)
    {
        double u1 = 1 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>log of the standard normal density at <paramref name="z"/>.</summary>
    public static double LogDensity(double z) => (-0.5 * z * z) - LogSqrtTwoPi;

    /// <summary>
    /// P(<paramref name="lower"/> &lt; Z &lt; <paramref name="upper"/>), computed from the tail both bounds share so
    /// that a narrow interval far from 0 keeps its precision.
    /// </summary>
    public static double Mass(double lower, double upper)
    {
        if (lower >= upper)
        {
            return 0;
        }

        const double InverseSqrtTwo = 0.70710678118654752440;
        return lower > 0
            ? 0.5 * (Erfc(lower * InverseSqrtTwo) - Erfc(upper * InverseSqrtTwo))
            : 0.5 * (Erfc(-upper * InverseSqrtTwo) - Erfc(-lower * InverseSqrtTwo));
    }

    /// <summary>The complementary error function.</summary>
    public static double Erfc(double x)
    {
        double z = Math.Abs(x);
        double t = 1 / (1 + (0.5 * z));
        double poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        double tail = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? tail : 2 - tail;
    }
}
