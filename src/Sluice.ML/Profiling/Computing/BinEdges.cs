namespace Sluice.ML.Profiling.Computing;

/// <summary>
/// Equal-width bins between a first and a last edge, placed exactly as numpy.histogram places them: edges are
/// <c>first + k * width</c>, the last bin includes the last edge, and a value whose computed index disagrees with the
/// edges (floating-point rounding) moves to the bin the edges say. When first equals last the range widens by
/// <c>widen</c> on each side, as numpy widens by 0.5.
/// </summary>
internal sealed class BinEdges
{
    private readonly double _first;
    private readonly double _scale;

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
        _first = first;
        _scale = buckets / (last - first);
    }

    /// <summary>The bucket count + 1 edges, ascending.</summary>
    public double[] Edges { get; }

    public int Buckets => Edges.Length - 1;

    /// <summary>The bin of a value between the first and last edge, inclusive.</summary>
    public int IndexOf(double value)
    {
        var last = Edges.Length - 2;
        var index = (int)((value - _first) * _scale);
        if (index > last)
        {
            index = last;
        }

        if (value < Edges[index])
        {
            index--;
        }
        else if (index < last && value >= Edges[index + 1])
        {
            index++;
        }

        return index;
    }
}
