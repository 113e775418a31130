using Sluice.Server.Runs;

namespace Sluice.Server.Pipelines;

/// <summary>
/// A pipeline in the pipelines list: its description, block count and latest run. A pipeline whose file does not
/// load still appears, with the error, so it can be opened and fixed.
/// </summary>
public sealed record PipelineSummary(string Name, string? Description, int Blocks, RunView? LastRun, string? Error);
