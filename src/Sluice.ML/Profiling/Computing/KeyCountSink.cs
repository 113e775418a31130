using System.Runtime.InteropServices;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Counts dates per bucket key in a dictionary, for ranges too wide for a counting array.</summary>
internal readonly struct KeyCountSink(TimeBucket bucket) : IValueSink<DateTime>
{
    public Dictionary<long, long> Counts { get; } = [];

    public void Add(DateTime value) =>
        CollectionsMarshal.GetValueRefOrAddDefault(Counts, TimeBucketKeys.Key(value.Ticks, bucket), out _)++;
}
