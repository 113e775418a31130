using Sluice.ML.Profiling;

namespace Sluice.Server.Outputs;

/// <summary>
/// One output of a block as the editor shows it: a table (one page of it), a plain value as JSON, or a summary of a
/// model, matrix or vectorizer.
/// </summary>
/// <param name="Name">The output's name (<c>output_0</c>, or a tuple element's name).</param>
/// <param name="Type">The .NET type of the value.</param>
/// <param name="Kind">table, value, model, matrix or object.</param>
/// <param name="Summary">One line: rows and columns, a shape, a model's type.</param>
/// <param name="Table">For a table, the requested page.</param>
/// <param name="Value">For a plain value, its JSON.</param>
public sealed record OutputView(string Name, string Type, string Kind, string Summary, FramePage? Table, string? Value);
