using System.Numerics;

namespace Sluice.ML.Profiling.Computing;

/// <summary>
/// Figures read off distinct values sorted ascending with their counts: the same answers as
/// <see cref="SortedValues"/> gives for the expanded values, in time proportional to the distinct values.
/// </summary>
internal static class DistinctValues
{
    public static NumericStats Describe<T>(T[] keys, long[] counts, long n)
        where T : INumberBase<T>
    {
        var sum = 0d;
        for (var i = 0; i < keys.Length; i++)
        {
            sum += counts[i] * double.CreateTruncating(keys[i]);
        }

        var mean = sum / n;
        double? std = null;
        if (n > 1)
        {
            var squares = 0d;
            for (var i = 0; i < keys.Length; i++)
            {
                var deviation = double.CreateTruncating(keys[i]) - mean;
                squares += counts[i] * deviation * deviation;
            }

            std = Math.Sqrt(squares / (n - 1));
        }

        return new NumericStats(
            mean,
            std,
            double.CreateTruncating(keys[0]),
            Quantile(keys, counts, n, 0.25),
            Quantile(keys, counts, n, 0.5),
            Quantile(keys, counts, n, 0.75),
            double.CreateTruncating(keys[^1]));
    }

    /// <summary>The index of the most frequent key; the smallest key among those tied.</summary>
    public static int Mode(long[] counts)
    {
        var mode = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[mode])
            {
                mode = i;
            }
        }

        return mode;
    }

    // As SortedValues.Quantile, with the two neighbouring ranks found by walking the cumulative counts.
    private static double Quantile<T>(T[] keys, long[] counts, long n, double q)
        where T : INumberBase<T>
    {
        var position = q * (n - 1);
        var lower = (long)Math.Floor(position);
        var upper = Math.Min(lower + 1, n - 1);
        var t = position - lower;
        var a = double.CreateTruncating(keys[KeyAtRank(counts, lower)]);
        var b = double.CreateTruncating(keys[KeyAtRank(counts, upper)]);
        var difference = b - a;
        return t >= 0.5 ? b - (difference * (1 - t)) : a + (difference * t);
    }

    private static int KeyAtRank(long[] counts, long rank)
    {
        var seen = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (rank < seen)
            {
                return i;
            }
        }

        return counts.Length - 1;
    }
}
