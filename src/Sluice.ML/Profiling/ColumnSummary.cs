namespace Sluice.ML.Profiling;

/// <summary>
/// pandas <c>describe()</c> of one numeric column: nulls and NaN left out, sample standard deviation, quantiles by
/// linear interpolation. The figures are null when the column has no value (and <see cref="Std"/> below two).
/// </summary>
public sealed record ColumnSummary(
    string Column,
    string Type,
    long Count,
    double? Mean,
    double? Std,
    double? Min,
    double? Percentile25,
    double? Median,
    double? Percentile75,
    double? Max);
