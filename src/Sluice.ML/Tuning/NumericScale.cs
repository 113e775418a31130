namespace Sluice.ML.Tuning;

/// <summary>How a numeric parameter is spread between its bounds.</summary>
public enum NumericScale
{
    /// <summary>Evenly between low and high.</summary>
    Linear,

    /// <summary>Evenly in the logarithm, so each power of ten gets the same share (learning rates, penalties).</summary>
    Log,
}
