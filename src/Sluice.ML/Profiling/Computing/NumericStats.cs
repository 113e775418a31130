namespace Sluice.ML.Profiling.Computing;

/// <summary>pandas describe() figures of a numeric column; <see cref="Std"/> is null below two values.</summary>
internal sealed record NumericStats(
    double Mean, double? Std, double Min, double Percentile25, double Median, double Percentile75, double Max);
