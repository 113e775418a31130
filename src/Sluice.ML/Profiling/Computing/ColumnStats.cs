namespace Sluice.ML.Profiling.Computing;

/// <summary>Everything the column charts show about one column, computed in one go.</summary>
/// <param name="Count">Present values (not null, not NaN).</param>
/// <param name="Missing">Null and NaN cells.</param>
/// <param name="Unique">Distinct present values.</param>
/// <param name="Min">The smallest present value, formatted; null when there is none or the type has no order.</param>
/// <param name="Max">The largest present value, formatted.</param>
/// <param name="Mode">The most frequent present value, formatted; the smallest of those tied.</param>
/// <param name="Numbers">The describe() figures, for numeric columns with at least one value.</param>
internal sealed record ColumnStats(
    long Count, long Missing, long Unique, string? Min, string? Max, string? Mode, NumericStats? Numbers);
