namespace Sluice.Core;

/// <summary>
/// One block's outputs offered to every pipeline of the project (Mage's "global data product"), declared once in
/// sluice.yaml under <c>data_products</c> and used in any pipeline.yaml as a block with <c>data_product: name</c>.
/// When such a block runs it takes the outputs <see cref="Block"/> stored in the latest completed run of
/// <see cref="Pipeline"/>; when there is none, or it ended longer than <see cref="MaxAge"/> ago, it first runs
/// <see cref="Pipeline"/> (with that pipeline's own variables) and takes the new outputs. Consumers that need a
/// recomputation at the same time share one.
/// </summary>
/// <param name="Name">The product's name, as blocks refer to it.</param>
/// <param name="Pipeline">The pipeline that makes the product.</param>
/// <param name="Block">The block of <paramref name="Pipeline"/> whose outputs the product is.</param>
/// <param name="MaxAge">How old the outputs may be before they are recomputed; null for never.</param>
public sealed record DataProductDefinition(string Name, PipelineId Pipeline, string Block, TimeSpan? MaxAge)
{
    /// <summary>Where sluice.yaml declares the product, for messages about it; null when it was not read from a file.</summary>
    public SourceLocation? Location { get; init; }
}
