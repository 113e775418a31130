using Sluice.Sdk;

namespace Sluice.Core;

/// <summary>A block's place in a pipeline.</summary>
/// <param name="Name">Unique within the pipeline.</param>
/// <param name="Kind">The block's kind.</param>
/// <param name="SourcePath">
/// The block's C# file, relative to the project root with '/' separators; empty for a data-product block, which has no
/// file.
/// </param>
/// <param name="Upstream">The blocks whose outputs feed this one, in the order their outputs bind to parameters.</param>
/// <param name="Settings">Execution settings; they override the pipeline's.</param>
public sealed record BlockDefinition(
    string Name,
    BlockKind Kind,
    string SourcePath,
    IReadOnlyList<string> Upstream,
    ExecutionSettings Settings)
{
    /// <summary>
    /// The name of the <see cref="DataProductDefinition"/> whose outputs this block gives, or null for a block with
    /// code of its own. Such a block has kind <see cref="BlockKind.DataLoader"/>, no file, no upstream blocks and no
    /// settings: its outputs are the product's, and downstream blocks bind them as they bind any block's.
    /// </summary>
    public string? DataProduct { get; init; }

    /// <summary>
    /// <c>dynamic: true</c>: the block returns a collection, and each block directly downstream of it runs once per
    /// item (a dynamic child), in parallel up to the run's concurrency.
    /// </summary>
    public bool Dynamic { get; init; }

    /// <summary>
    /// <c>reduce_output: true</c>, on a block that runs once per item of a dynamic block: the blocks downstream of it
    /// run once, receiving its outputs of every item as lists in item order, instead of once per item.
    /// </summary>
    public bool ReduceOutput { get; init; }
}
