using System.Numerics;
using System.Runtime.CompilerServices;

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T value)
    {
        var number = double.CreateTruncating(value);
        if (!double.IsFinite(number))
        {
            NonFinite++;
            return;
        }

        // Plain comparisons: Math.Min/Max on doubles handle NaN and -0 and cost ~7x more; NaN never reaches here.
        if (number < Min)
        {
            Min = number;
        }

        if (number > Max)
        {
            Max = number;
        }

        Count++;
    }
}
