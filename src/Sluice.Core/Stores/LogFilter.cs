namespace Sluice.Core;

/// <summary>Which log lines to list: those of one run, optionally of one block.</summary>
public sealed record LogFilter(RunId Run, string? Block = null);
