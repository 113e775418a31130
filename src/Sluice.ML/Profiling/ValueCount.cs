namespace Sluice.ML.Profiling;

/// <summary>How often one value occurs.</summary>
/// <param name="Value">The value formatted as the table formats it; "(null)" for the missing entry.</param>
/// <param name="Count">The rows holding the value.</param>
/// <param name="IsNull">Whether this is the entry that counts null (and NaN) cells.</param>
public sealed record ValueCount(string Value, long Count, bool IsNull = false);
