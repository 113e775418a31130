using System.Runtime.InteropServices;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Counts occurrences of each value until more than <paramref name="cap"/> distinct values have appeared.</summary>
internal readonly struct CappedCountSink<T>(int cap) : IValueSink<T>
    where T : notnull
{
    public Dictionary<T, long> Counts { get; } = [];

    /// <summary>Whether the cap was passed; the counts are then incomplete.</summary>
    public bool Overflowed => Counts.Count > cap;

    public void Add(T value)
    {
        if (Counts.Count <= cap)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(Counts, value, out _)++;
        }
    }
}
