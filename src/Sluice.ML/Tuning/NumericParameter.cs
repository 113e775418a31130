using System.Globalization;

namespace Sluice.ML.Tuning;

/// <summary>
/// A number between <see cref="Low"/> and <see cref="High"/>, spread by <see cref="Scale"/>. With a
/// <see cref="Step"/> q the values are the multiples of q within the bounds, each about as likely as its neighbours
/// on the scale (hyperopt's quniform and qloguniform); without one any real number in the range.
/// </summary>
public sealed record NumericParameter : SearchParameter
{
    internal NumericParameter(string name, double low, double high, double? step, NumericScale scale)
        : base(name)
    {
        Low = low;
        High = high;
        Step = step;
        Scale = scale;
        if (step is double q)
        {
            // Sampling spans half a step beyond the outer grid points so that they get a whole bin, like the others.
            GridLow = Math.Ceiling(low / q) * q;
            GridHigh = Math.Floor(high / q) * q;
            SampleLow = GridLow - (q / 2);
            SampleHigh = GridHigh + (q / 2);
        }
        else
        {
            GridLow = SampleLow = low;
            GridHigh = SampleHigh = high;
        }
    }

    /// <summary>The lowest value declared.</summary>
    public double Low { get; }

    /// <summary>The highest value declared.</summary>
    public double High { get; }

    /// <summary>The quantization step q, or null for a continuous range.</summary>
    public double? Step { get; }

    /// <summary>Linear or logarithmic.</summary>
    public NumericScale Scale { get; }

    /// <summary>The smallest value a trial can hold (the first multiple of the step, when there is one).</summary>
    internal double GridLow { get; }

    /// <summary>The largest value a trial can hold.</summary>
    internal double GridHigh { get; }

    private double SampleLow { get; }

    private double SampleHigh { get; }

    /// <summary>The lower bound of the space samplers work in (the logarithm for a log scale).</summary>
    internal double InnerLow => ToInner(SampleLow);

    /// <summary>The upper bound of the space samplers work in.</summary>
    internal double InnerHigh => ToInner(SampleHigh);

    /// <summary>Maps a value to the space samplers work in.</summary>
    internal double ToInner(double value) => Scale == NumericScale.Log ? Math.Log(value) : value;

    /// <summary>Maps a point of the samplers' space back to a value: exponentiated, rounded to the step, kept in range.</summary>
    internal double FromInner(double inner)
    {
        double value = Scale == NumericScale.Log ? Math.Exp(inner) : inner;
        if (Step is double q)
        {
            // k * q rather than repeated addition keeps whole steps exact (8, 16, 24 ... not 23.999...).
            value = Math.Round(value / q) * q;
        }

        return Math.Clamp(value, GridLow, GridHigh);
    }

    /// <summary>
    /// The interval of the samplers' space that rounds to the quantized <paramref name="value"/>: half a step either
    /// side, within the sampling bounds (so the outer grid points get a whole bin, like the others).
    /// </summary>
    internal (double Low, double High) InnerBin(double value, double q) =>
        (ToInner(Math.Max(value - (q / 2), SampleLow)), ToInner(Math.Min(value + (q / 2), SampleHigh)));

    /// <inheritdoc/>
    public override string ToString()
    {
        string kind = (Scale, Step) switch
        {
            (NumericScale.Linear, null) => "uniform",
            (NumericScale.Log, null) => "log-uniform",
            (NumericScale.Linear, _) => "quantized uniform",
            _ => "quantized log-uniform",
        };
        string step = Step is double q ? $", step {Format(q)}" : string.Empty;
        return $"{Name}: {kind} {Format(Low)}..{Format(High)}{step}";
    }

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
