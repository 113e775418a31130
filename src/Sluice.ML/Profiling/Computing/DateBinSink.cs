using System.Runtime.CompilerServices;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>
/// Counts dates into bins laid out in ticks after <paramref name="origin"/>: offsets from the earliest date are exact
/// as doubles for 28 years, where absolute ticks would lose the last 9 bits.
/// </summary>
internal readonly struct DateBinSink(BinEdges edges, long origin) : IValueSink<DateTime>
{
    private readonly double[] _edges = edges.Edges;
    private readonly double _first = edges.First;
    private readonly double _scale = edges.Scale;
    private readonly double _margin = edges.Margin;

    public long[] Counts { get; } = new long[edges.Buckets];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(DateTime value) => Counts[BinEdges.IndexOf(value.Ticks - origin, _edges, _first, _scale, _margin)]++;
}
