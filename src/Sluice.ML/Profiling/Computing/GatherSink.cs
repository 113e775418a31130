using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Copies present values into an array sized for all of them.</summary>
internal struct GatherSink<T>(long capacity) : IValueSink<T>
{
    public T[] Values { get; } = new T[capacity];

    public int Count { get; private set; }

    public void Add(T value) => Values[Count++] = value;
}
