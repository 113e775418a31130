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
            [.. pipeline.Blocks.Select(b => b.DataProduct is { } product
                ? new BlockView(b.Name, "data_product", string.Empty, b.Upstream) { DataProduct = product }
                : new BlockView(b.Name, BlockKinds.YamlName(b.Kind), b.SourcePath, b.Upstream))],
            pipeline.Variables,
            pipeline.Charts);
    }
}

/// <summary>
/// A block of a pipeline: its kind (as pipeline.yaml names it), file and upstream blocks. A block that reuses a data
/// product has kind <c>data_product</c>, no file, and the product's name.
/// </summary>
public sealed record BlockView(string Name, string Kind, string File, IReadOnlyList<string> Upstream)
{
    /// <summary>The data product the block reuses, or null for a block with code.</summary>
    public string? DataProduct { get; init; }
}
