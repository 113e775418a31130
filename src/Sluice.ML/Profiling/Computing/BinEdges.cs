using System.Runtime.CompilerServices;

namespace Sluice.ML.Profiling.Computing;

/// <summary>
/// Equal-width bins between a first and a last edge, placed exactly as numpy.histogram places them: edges are
/// <c>first + k * width</c>, the last bin includes the last edge, and a value whose computed index disagrees with the
/// edges (floating-point rounding) moves to the bin the edges say. When first equals last the range widens by
/// <c>widen</c> on each side, as numpy widens by 0.5.
/// </summary>
internal sealed class BinEdges
{
    public BinEdges(double first, double last, int buckets, double widen)
    {
        if (first == last)
        {
            first -= widen;
            last += widen;
        }

        var width = (last - first) / buckets;
        Edges = new double[buckets + 1];
        for (var k = 0; k < buckets; k++)
        {
            Edges[k] = (k * width) + first;
        }

        Edges[buckets] = last;
        First = first;
        Scale = buckets / (last - first);

        // How far, in bins, rounding can move a value's computed position or an edge: a few units in the last place
        // of the largest magnitude involved. Positions farther than this from a whole number cannot disagree with
        // the edges, so only the others are checked against them (checking every value doubles the scan's cost).
        var magnitude = Math.Max(Math.Abs(first), Math.Abs(last));
        var rounding = (8 * Ulp(magnitude) * Scale) + (8 * Ulp(buckets));
        Margin = Math.Min(rounding, 0.5);
    }

    /// <summary>The bucket count + 1 edges, ascending.</summary>
    public double[] Edges { get; }

    public int Buckets => Edges.Length - 1;

    /// <summary>The first edge, after widening.</summary>
    public double First { get; }

    /// <summary>Buckets per unit of value.</summary>
    public double Scale { get; }

    /// <summary>How close to a bin boundary a computed position must be for the edges to be consulted.</summary>
    public double Margin { get; }

    /// <summary>
    /// The bin of a value between the first and last edge, inclusive. Static over the edges' figures so that a
    /// scanning loop can hold them in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int IndexOf(double value, double[] edges, double first, double scale, double margin)
    {
        var position = (value - first) * scale;

        // The value lies between the edges, so the position is in [0, buckets] and the plain hardware conversion
        // is exact; the cast would add .NET's saturation fix-ups for NaN and overflow to every value.
        var index = double.ConvertToIntegerNative<int>(position);
        var fraction = position - index;
        var last = edges.Length - 2;
        if (fraction >= margin && fraction <= 1 - margin && index <= last)
        {
            return index;
        }

        return Correct(value, edges, Math.Min(index, last), last);
    }

    private static int Correct(double value, double[] edges, int index, int last)
    {
        if (value < edges[index])
        {
            return index - 1;
        }

        return index < last && value >= edges[index + 1] ? index + 1 : index;
    }

    private static double Ulp(double value) => Math.BitIncrement(value) - value;
}
