using System.Runtime.CompilerServices;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>The earliest and latest date, in ticks.</summary>
internal struct DateRangeSink() : IValueSink<DateTime>
{
    public long Min { get; private set; } = long.MaxValue;

    public long Max { get; private set; } = long.MinValue;

    public long Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(DateTime value)
    {
        var ticks = value.Ticks;
        Min = Math.Min(Min, ticks);
        Max = Math.Max(Max, ticks);
        Count++;
    }
}
