using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Execution;

/// <summary>
/// Everything a run needs decided before its first block starts: the blocks to execute in dependency order, their
/// compiled code, and the stored outputs of the upstream blocks it does not execute.
/// </summary>
internal sealed record RunPlan(
    PipelineDefinition Pipeline,
    PipelineGraph Graph,
    CompiledProject Compiled,
    IReadOnlyList<BlockDefinition> Executed,
    IReadOnlyDictionary<string, IReadOnlyList<object?>> Preloaded,
    string VersionHash);
