using System.Numerics;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Counts finite values into their bins.</summary>
internal readonly struct BinSink<T>(BinEdges edges) : IValueSink<T>
    where T : INumberBase<T>
{
    public long[] Counts { get; } = new long[edges.Buckets];

    public void Add(T value)
    {
        var number = double.CreateTruncating(value);
        if (double.IsFinite(number))
        {
            Counts[edges.IndexOf(number)]++;
        }
    }
}
