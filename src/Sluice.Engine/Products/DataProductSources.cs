using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Products;

/// <summary>
/// What planning a run needs to know about its data-product blocks: for each, the block with code whose outputs the
/// product is (following products of products), so compiling it gives the block's output signature; and the checks
/// that each product's pipeline and block exist and that no pipeline waits, through products, on a run of itself.
/// Every problem is one message naming the product's place in sluice.yaml.
/// </summary>
internal sealed class DataProductSources(ProjectDefinition project)
{
    private readonly Dictionary<PipelineId, PipelineDefinition> _pipelines = [];

    /// <summary>
    /// <paramref name="blocks"/> with every data-product block replaced by the block that makes its product, under the
    /// data-product block's name and without upstream: what to compile so each block has the outputs it will give.
    /// </summary>
    public IReadOnlyList<BlockDefinition> ForCompiling(PipelineDefinition pipeline, IReadOnlyList<BlockDefinition> blocks)
    {
        if (!blocks.Any(b => b.DataProduct is not null))
        {
            return blocks;
        }

        CheckNoCycle(pipeline);
        return
        [
            .. blocks.Select(b => b.DataProduct is { } product
                ? MakerOf(product) with { Name = b.Name, Upstream = [], Settings = ExecutionSettings.None }
                : b),
        ];
    }

    /// <summary>Throws when the block that makes <paramref name="block"/>'s product returns nothing: there would be nothing to reuse.</summary>
    public static void CheckGivesOutputs(BlockDefinition block, CompiledBlock maker)
    {
        if (maker.Outputs.Count == 0)
        {
            throw new SluiceException(
                $"block '{block.Name}' uses data product '{block.DataProduct}', whose block returns nothing, so there are no outputs to reuse",
                new SourceLocation(maker.SourcePath));
        }
    }

    /// <summary>The product named <paramref name="name"/>; pipelines are validated against sluice.yaml when they load.</summary>
    public DataProductDefinition Product(string name) =>
        project.DataProducts.TryGetValue(name, out var product)
            ? product
            : throw new SluiceException($"data product '{name}' is not declared in {ProjectPaths.ProjectFile}");

    // A product may be a block that itself reuses a product: its signature is that product's, and so on.
    private BlockDefinition MakerOf(string productName)
    {
        var block = SourceBlock(Product(productName));
        while (block.DataProduct is { } next)
        {
            block = SourceBlock(Product(next));
        }

        return block;
    }

    private BlockDefinition SourceBlock(DataProductDefinition product)
    {
        var pipeline = Pipeline(product);
        return pipeline.FindBlock(product.Block) ?? throw new SluiceException(
            $"data product '{product.Name}' names block '{product.Block}', which pipeline '{product.Pipeline}' does not have; "
            + (pipeline.Blocks.Count == 0 ? "it has no blocks" : $"it has: {string.Join(", ", pipeline.Blocks.Select(b => b.Name))}"),
            product.Location);
    }

    private PipelineDefinition Pipeline(DataProductDefinition product)
    {
        if (_pipelines.TryGetValue(product.Pipeline, out var known))
        {
            return known;
        }

        if (!File.Exists(ProjectPaths.PipelineFilePath(project.RootDirectory, product.Pipeline.Value)))
        {
            var existing = ProjectLoader.ListPipelines(project);
            throw new SluiceException(
                $"data product '{product.Name}' names pipeline '{product.Pipeline}', which does not exist; "
                + (existing.Count == 0 ? "the project has no pipelines" : $"the project has: {string.Join(", ", existing)}"),
                product.Location);
        }

        try
        {
            var pipeline = ProjectLoader.LoadPipeline(project, product.Pipeline);
            _pipelines[product.Pipeline] = pipeline;
            return pipeline;
        }
        catch (SluiceException e)
        {
            throw new SluiceException(
                $"data product '{product.Name}' comes from pipeline '{product.Pipeline}', which does not load: {e.Message}",
                product.Location,
                e);
        }
    }

    // Depth-first over pipelines, an edge for each product a pipeline uses; the path holds the products taken.
    private void CheckNoCycle(PipelineDefinition start)
    {
        var done = new HashSet<PipelineId>();
        var path = new List<(PipelineId From, DataProductDefinition Product)>();
        Visit(start, done, path);
    }

    private void Visit(
        PipelineDefinition pipeline, HashSet<PipelineId> done, List<(PipelineId From, DataProductDefinition Product)> path)
    {
        foreach (var name in pipeline.Blocks.Select(b => b.DataProduct).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var product = Product(name);
            var onPath = path.FindIndex(step => step.From == product.Pipeline);
            if (onPath >= 0 || product.Pipeline == pipeline.Id)
            {
                List<(PipelineId From, DataProductDefinition Product)> cycle = [.. path.Skip(onPath < 0 ? path.Count : onPath), (pipeline.Id, product)];
                throw new SluiceException(CycleMessage(cycle), product.Location);
            }

            if (done.Contains(product.Pipeline))
            {
                continue;
            }

            path.Add((pipeline.Id, product));
            Visit(Pipeline(product), done, path);
            path.RemoveAt(path.Count - 1);
        }

        done.Add(pipeline.Id);
    }

    private static string CycleMessage(List<(PipelineId From, DataProductDefinition Product)> cycle)
    {
        var (from, first) = cycle[0];
        var steps = cycle.Skip(1).Select(step => $", which uses '{step.Product.Name}' of pipeline '{step.Product.Pipeline}'");
        return $"data products form a cycle: pipeline '{from}' uses data product '{first.Name}' of pipeline '{first.Pipeline}'"
            + string.Concat(steps) + "; a pipeline cannot wait for a run of itself";
    }
}
