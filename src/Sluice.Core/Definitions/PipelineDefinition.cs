namespace Sluice.Core;

/// <summary>A pipeline as declared in <c>pipelines/&lt;name&gt;/pipeline.yaml</c>.</summary>
/// <param name="Id">The pipeline's name.</param>
/// <param name="Description">What the pipeline is for, if its author said.</param>
/// <param name="Blocks">The blocks in the order the file lists them.</param>
/// <param name="Variables">The pipeline's global variables; they override the project's.</param>
/// <param name="Settings">Execution settings; they override the project's.</param>
/// <param name="SourcePath">The absolute path of the pipeline.yaml file.</param>
public sealed record PipelineDefinition(
    PipelineId Id,
    string? Description,
    IReadOnlyList<BlockDefinition> Blocks,
    IReadOnlyDictionary<string, object?> Variables,
    ExecutionSettings Settings,
    string SourcePath)
{
    /// <summary>The charts saved with the pipeline, in the order the file lists them; each names one of its blocks.</summary>
    public IReadOnlyList<ChartDefinition> Charts { get; init; } = [];

    /// <summary>The block named <paramref name="name"/>, or null.</summary>
    public BlockDefinition? FindBlock(string name) => Blocks.FirstOrDefault(b => b.Name == name);
}
