using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>
/// Counts dates into bins laid out in ticks after <paramref name="origin"/>: offsets from the earliest date are exact
/// as doubles for 28 years, where absolute ticks would lose the last 9 bits.
/// </summary>
internal readonly struct DateBinSink(BinEdges edges, long origin) : IValueSink<DateTime>
{
    public long[] Counts { get; } = new long[edges.Buckets];

    public void Add(DateTime value) => Counts[edges.IndexOf(value.Ticks - origin)]++;
}
