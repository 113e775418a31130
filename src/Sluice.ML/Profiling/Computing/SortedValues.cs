using System.Numerics;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Figures read off values sorted ascending.</summary>
internal static class SortedValues
{
    /// <summary>The number of distinct values, and the index of the first of the longest run (the smallest mode).</summary>
    public static (long Unique, int ModeIndex) Runs<T>(ReadOnlySpan<T> sorted)
        where T : IEquatable<T>
    {
        if (sorted.IsEmpty)
        {
            return (0, -1);
        }

        long unique = 1;
        int modeIndex = 0, modeLength = 1, runStart = 0;
        for (var i = 1; i <= sorted.Length; i++)
        {
            if (i < sorted.Length && sorted[i].Equals(sorted[i - 1]))
            {
                continue;
            }

            if (i - runStart > modeLength)
            {
                (modeIndex, modeLength) = (runStart, i - runStart);
            }

            if (i < sorted.Length)
            {
                unique++;
                runStart = i;
            }
        }

        return (unique, modeIndex);
    }

    /// <summary>
    /// The <paramref name="q"/> quantile with linear interpolation between the closest ranks, computed as numpy does
    /// (pandas' default), including numpy's switch to interpolating down from the upper value past the midpoint.
    /// </summary>
    public static double Quantile<T>(ReadOnlySpan<T> sorted, double q)
        where T : INumberBase<T>
    {
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        var t = position - lower;
        var a = double.CreateTruncating(sorted[lower]);
        var b = double.CreateTruncating(sorted[upper]);
        var difference = b - a;
        return t >= 0.5 ? b - (difference * (1 - t)) : a + (difference * t);
    }

    /// <summary>Mean and sample standard deviation, two-pass so large offsets do not cancel.</summary>
    public static (double Mean, double? Std) MeanAndStd<T>(ReadOnlySpan<T> values)
        where T : INumberBase<T>
    {
        var sum = 0d;
        foreach (var value in values)
        {
            sum += double.CreateTruncating(value);
        }

        var mean = sum / values.Length;
        if (values.Length < 2)
        {
            return (mean, null);
        }

        var squares = 0d;
        foreach (var value in values)
        {
            var deviation = double.CreateTruncating(value) - mean;
            squares += deviation * deviation;
        }

        return (mean, Math.Sqrt(squares / (values.Length - 1)));
    }
}
