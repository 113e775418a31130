namespace Sluice.ML.Profiling;

/// <summary>An overview of one column of any type, for the editor's feature table.</summary>
/// <param name="Column">The column's name.</param>
/// <param name="Type">Its friendly type name: "int", "long", "double", "float", "string", "datetime", "bool", ...</param>
/// <param name="Count">Present values.</param>
/// <param name="Missing">Null cells, and NaN in floating-point columns.</param>
/// <param name="Unique">Distinct present values.</param>
/// <param name="Min">The smallest value formatted as the table shows it (text ordinally); null without values.</param>
/// <param name="Max">The largest value, formatted.</param>
/// <param name="Mean">The mean of a numeric column; null for other types.</param>
/// <param name="Median">The median of a numeric column; null for other types.</param>
/// <param name="Mode">The most frequent value, formatted; the smallest one when several tie.</param>
public sealed record FeatureProfile(
    string Column,
    string Type,
    long Count,
    long Missing,
    long Unique,
    string? Min,
    string? Max,
    double? Mean,
    double? Median,
    string? Mode);
