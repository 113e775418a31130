using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Execution;

/// <summary>
/// Which blocks of a pipeline run once per item of a dynamic block: the blocks directly downstream of it (its dynamic
/// children) and, until one of them reduces (<c>reduce_output</c>), everything downstream of those. Pipelines whose
/// flags cannot be run this way are refused with one message naming the block.
/// </summary>
internal sealed class DynamicLanes
{
    private readonly PipelineGraph _graph;
    private readonly Dictionary<string, string> _rootOf;

    private DynamicLanes(PipelineGraph graph, Dictionary<string, string> rootOf)
    {
        _graph = graph;
        _rootOf = rootOf;
    }

    /// <summary>Finds the per-item blocks of <paramref name="graph"/>.</summary>
    /// <exception cref="SluiceException">A dynamic child is dynamic too, two dynamic blocks meet, or a block reduces nothing.</exception>
    public static DynamicLanes Of(PipelineGraph graph)
    {
        var rootOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in graph.TopologicalOrder)
        {
            var roots = block.Upstream.Select(u => RootFeeding(graph.Block(u), rootOf)).OfType<string>().Distinct().ToList();
            if (roots.Count > 1)
            {
                throw Problem(graph, $"block '{block.Name}' would run once per item of two dynamic blocks, '{roots[0]}' and '{roots[1]}'; "
                    + "reduce one of them (reduce_output: true on a block between) before they meet");
            }

            if (roots.Count == 1)
            {
                rootOf[block.Name] = roots[0];
            }

            if (block.Dynamic && roots.Count == 1)
            {
                throw Problem(graph, $"block '{block.Name}' has dynamic: true but already runs once per item of dynamic block '{roots[0]}'; "
                    + "a dynamic child cannot fan out again: reduce first (reduce_output: true on a block between)");
            }

            if (block.ReduceOutput && roots.Count == 0)
            {
                throw Problem(graph, $"block '{block.Name}' has reduce_output: true but does not run once per item: no block upstream of it "
                    + "has dynamic: true (reduce_output goes on a dynamic child, or on a block downstream of one)");
            }
        }

        return new DynamicLanes(graph, rootOf);
    }

    /// <summary>The dynamic block <paramref name="block"/> runs once per item of, or null when it runs once.</summary>
    public string? RootOf(string block) => _rootOf.GetValueOrDefault(block);

    /// <summary>The blocks that run once per item of dynamic block <paramref name="root"/>, upstream first.</summary>
    public IReadOnlyList<BlockDefinition> PerItemBlocksOf(string root) =>
        [.. _graph.TopologicalOrder.Where(b => RootOf(b.Name) == root)];

    /// <summary>How the outputs of <paramref name="upstream"/> reach <paramref name="block"/>.</summary>
    public UpstreamRole RoleOf(string block, string upstream)
    {
        if (RootOf(upstream) is not null)
        {
            return _graph.Block(upstream).ReduceOutput ? UpstreamRole.Reduced : UpstreamRole.SameItem;
        }

        return RootOf(block) == upstream ? UpstreamRole.Item : UpstreamRole.Whole;
    }

    private static string? RootFeeding(BlockDefinition upstream, Dictionary<string, string> rootOf) =>
        rootOf.TryGetValue(upstream.Name, out var root) ? (upstream.ReduceOutput ? null : root)
        : upstream.Dynamic ? upstream.Name
        : null;

    private static SluiceException Problem(PipelineGraph graph, string message) =>
        new($"Pipeline '{graph.Pipeline.Id}': {message}");
}
