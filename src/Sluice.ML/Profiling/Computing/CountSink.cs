using System.Runtime.InteropServices;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Counts occurrences of each value.</summary>
internal readonly struct CountSink<T>() : IValueSink<T>
    where T : notnull
{
    public Dictionary<T, long> Counts { get; } = [];

    public void Add(T value) => CollectionsMarshal.GetValueRefOrAddDefault(Counts, value, out _)++;
}
