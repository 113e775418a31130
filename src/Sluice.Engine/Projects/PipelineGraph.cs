using Sluice.Core;

namespace Sluice.Engine.Projects;

/// <summary>
/// The DAG of a validated pipeline: order, edges in both directions, and the sets <c>--from</c> and single-block
/// runs need. Immutable once built.
/// </summary>
public sealed class PipelineGraph
{
    private readonly PipelineDefinition _pipeline;
    private readonly Dictionary<string, int> _index;
    private readonly Dictionary<string, List<string>> _downstream;

    private PipelineGraph(PipelineDefinition pipeline)
    {
        _pipeline = pipeline;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        _downstream = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var block in pipeline.Blocks)
        {
            if (!_index.TryAdd(block.Name, _index.Count))
            {
                throw new SluiceException($"Pipeline '{pipeline.Id}' has two blocks named '{block.Name}'");
            }

            _downstream.Add(block.Name, []);
        }

        foreach (var block in pipeline.Blocks)
        {
            foreach (var upstream in block.Upstream)
            {
                if (!_downstream.TryGetValue(upstream, out var list))
                {
                    throw new SluiceException(PipelineErrors.UnknownUpstream(block.Name, upstream));
                }

                list.Add(block.Name);
            }
        }

        var cycle = CycleFinder.Find(pipeline.Blocks);
        if (cycle is not null)
        {
            throw new SluiceException($"Pipeline '{pipeline.Id}': {PipelineErrors.Cycle(cycle)}");
        }

        TopologicalOrder = Sort();
    }

    /// <summary>The pipeline the graph describes.</summary>
    public PipelineDefinition Pipeline => _pipeline;

    /// <summary>
    /// Every block after all of its upstream blocks; among blocks that are ready at the same time, the one listed
    /// first in pipeline.yaml comes first, so the order only changes when the file does.
    /// </summary>
    public IReadOnlyList<BlockDefinition> TopologicalOrder { get; }

    /// <summary>Builds the graph; throws <see cref="SluiceException"/> on duplicate names, unknown upstream or a cycle.</summary>
    public static PipelineGraph Build(PipelineDefinition pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        return new PipelineGraph(pipeline);
    }

    /// <summary>The block named <paramref name="block"/>.</summary>
    public BlockDefinition Block(string block) => _pipeline.Blocks[IndexOf(block)];

    /// <summary>The blocks feeding <paramref name="block"/> directly, in binding order.</summary>
    public IReadOnlyList<string> UpstreamOf(string block) => Block(block).Upstream;

    /// <summary>The blocks <paramref name="block"/> feeds directly, in file order.</summary>
    public IReadOnlyList<string> DownstreamOf(string block) => _downstream[_pipeline.Blocks[IndexOf(block)].Name];

    /// <summary>The block and everything downstream of it: what <c>--from</c> runs.</summary>
    public IReadOnlySet<string> WithDescendants(string block)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Walk(Block(block).Name, found, b => _downstream[b]);
        return found;
    }

    /// <summary>Everything upstream of <paramref name="block"/>, directly or not, without the block itself.</summary>
    public IReadOnlySet<string> Ancestors(string block)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Walk(Block(block).Name, found, b => _pipeline.Blocks[_index[b]].Upstream);
        found.Remove(block);
        return found;
    }

    private static void Walk(string start, HashSet<string> found, Func<string, IReadOnlyList<string>> next)
    {
        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (found.Add(current))
            {
                foreach (var other in next(current))
                {
                    pending.Push(other);
                }
            }
        }
    }

    private int IndexOf(string block) =>
        _index.TryGetValue(block, out var index)
            ? index
            : throw new SluiceException(_pipeline.Blocks.Count == 0
                ? $"Pipeline '{_pipeline.Id}' has no block '{block}'; it has no blocks"
                : $"Pipeline '{_pipeline.Id}' has no block '{block}'; its blocks: {string.Join(", ", _pipeline.Blocks.Select(b => b.Name))}");

    private List<BlockDefinition> Sort()
    {
        var blocks = _pipeline.Blocks;
        var waiting = blocks.Select(b => b.Upstream.Count).ToArray();
        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (waiting[i] == 0)
            {
                ready.Enqueue(i, i);
            }
        }

        var order = new List<BlockDefinition>(blocks.Count);
        while (ready.TryDequeue(out var i, out _))
        {
            order.Add(blocks[i]);
            foreach (var child in _downstream[blocks[i].Name])
            {
                var j = _index[child];
                if (--waiting[j] == 0)
                {
                    ready.Enqueue(j, j);
                }
            }
        }

        return order;
    }
}
