using System.Numerics;
using System.Runtime.CompilerServices;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Counts finite values into their bins.</summary>
internal readonly struct BinSink<T>(BinEdges edges) : IValueSink<T>
    where T : INumberBase<T>
{
    // The edges' figures are copied into the sink so that they stay in registers during the scan.
    private readonly double[] _edges = edges.Edges;
    private readonly double _first = edges.First;
    private readonly double _scale = edges.Scale;
    private readonly double _margin = edges.Margin;

    public long[] Counts { get; } = new long[edges.Buckets];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T value)
    {
        var number = double.CreateTruncating(value);
        if (double.IsFinite(number))
        {
            Counts[BinEdges.IndexOf(number, _edges, _first, _scale, _margin)]++;
        }
    }
}
