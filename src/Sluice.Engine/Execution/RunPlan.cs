using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Execution;

/// <summary>
/// Everything a run needs decided before its first block starts: the blocks to execute in dependency order, their
/// compiled code, and the stored outputs of the upstream blocks it does not execute (under block run names: a per-item
/// block's as <c>&lt;block&gt;:&lt;item&gt;</c>, a reducing block's as the lists its downstream blocks receive).
/// </summary>
internal sealed record RunPlan(
    PipelineDefinition Pipeline,
    PipelineGraph Graph,
    CompiledProject Compiled,
    IReadOnlyList<BlockDefinition> Executed,
    IReadOnlyDictionary<string, IReadOnlyList<object?>> Preloaded,
    string VersionHash)
{
    /// <summary>Which blocks run once per item of a dynamic block.</summary>
    public required DynamicLanes Lanes { get; init; }
}
