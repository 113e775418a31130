using System.Numerics;

using Sluice.ML.Profiling.Scanning;

namespace Sluice.ML.Profiling.Computing;

/// <summary>The smallest and largest finite value, as doubles; infinities are counted apart.</summary>
internal struct RangeSink<T>() : IValueSink<T>
    where T : INumberBase<T>
{
    public double Min { get; private set; } = double.PositiveInfinity;

    public double Max { get; private set; } = double.NegativeInfinity;

    public long Count { get; private set; }

    public long NonFinite { get; private set; }

    public void Add(T value)
    {
        var number = double.CreateTruncating(value);
        if (!double.IsFinite(number))
        {
            NonFinite++;
            return;
        }

        Min = Math.Min(Min, number);
        Max = Math.Max(Max, number);
        Count++;
    }
}
