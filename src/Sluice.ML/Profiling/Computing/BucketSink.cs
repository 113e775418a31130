using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Counts dates per bucket into an array indexed by bucket key minus <paramref name="firstKey"/>.</summary>
internal readonly struct BucketSink(TimeBucket bucket, long firstKey, long span) : IValueSink<DateTime>
{
    public long[] Counts { get; } = new long[span];

    public void Add(DateTime value) => Counts[TimeBucketKeys.Key(value.Ticks, bucket) - firstKey]++;
}
