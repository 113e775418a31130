using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Server.Pipelines;

/// <summary>A pipeline as the API shows it.</summary>
public sealed record PipelineView(
    string Name,
    string? Description,
    IReadOnlyList<BlockView> Blocks,
    IReadOnlyDictionary<string, object?> Variables,
    IReadOnlyList<ChartDefinition> Charts)
{
    /// <summary>The view of <paramref name="pipeline"/>.</summary>
    public static PipelineView Of(PipelineDefinition pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return new(
            pipeline.Id.Value,
            pipeline.Description,
            [.. pipeline.Blocks.Select(b => new BlockView(b.Name, BlockKinds.YamlName(b.Kind), b.SourcePath, b.Upstream))],
            pipeline.Variables,
            pipeline.Charts);
    }
}

/// <summary>A block of a pipeline: its kind (as pipeline.yaml names it), file and upstream blocks.</summary>
public sealed record BlockView(string Name, string Kind, string File, IReadOnlyList<string> Upstream);
