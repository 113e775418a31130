namespace Sluice.ML.Profiling;

/// <summary>A count per column (missing values, distinct values), with its share of the frame's rows.</summary>
/// <param name="Column">The column's name.</param>
/// <param name="Type">The column's friendly type name.</param>
/// <param name="Count">The count.</param>
/// <param name="Percent">100 * Count / rows of the frame; 0 for an empty frame.</param>
public sealed record ColumnCount(string Column, string Type, long Count, double Percent);
