namespace Sluice.ML.Profiling;

/// <summary>One page of a frame's rows, formatted for the table.</summary>
/// <param name="Columns">Every column of the frame, in order.</param>
/// <param name="TotalRows">The frame's row count.</param>
/// <param name="Offset">The index of the page's first row.</param>
/// <param name="Rows">
/// The page's rows, each one string per column: invariant culture, doubles in shortest round-trip form, dates as
/// <c>yyyy-MM-dd HH:mm:ss</c>, bools as <c>true</c>/<c>false</c>, null cells as null.
/// </param>
public sealed record FramePage(
    IReadOnlyList<PageColumn> Columns, long TotalRows, long Offset, IReadOnlyList<IReadOnlyList<string?>> Rows);
