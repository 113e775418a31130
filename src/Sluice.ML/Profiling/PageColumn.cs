namespace Sluice.ML.Profiling;

/// <summary>A column header of the paged table.</summary>
/// <param name="Name">The column's name.</param>
/// <param name="Type">Its friendly type name ("int", "double", "string", "datetime", "bool", ...).</param>
public sealed record PageColumn(string Name, string Type);
