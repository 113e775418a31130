using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>Copies the ticks of present dates into an array sized for all of them (longs sort faster than dates).</summary>
internal struct TicksSink(long capacity) : IValueSink<DateTime>
{
    public long[] Ticks { get; } = new long[capacity];

    public int Count { get; private set; }

    public void Add(DateTime value) => Ticks[Count++] = value.Ticks;
}
