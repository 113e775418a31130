using Sluice.Core;

namespace Sluice.Engine.Projects;

public static partial class PipelineEditor
{
    /// <summary>
    /// Replaces the upstream list of <paramref name="block"/>; the order is the order outputs bind to parameters.
    /// Refuses an unknown block, a name listed twice, the block itself, or an edge that would close a cycle (the
    /// message shows it: <c>a -> b -> a</c>).
    /// </summary>
    public static PipelineDefinition SetUpstream(
        ProjectDefinition project, PipelineId id, string block, IReadOnlyList<string> upstream)
    {
        ArgumentNullException.ThrowIfNull(upstream);
        lock (Gate)
        {
            var pipeline = Load(project, id);
            var refusal = $"block '{block}' cannot take upstream [{string.Join(", ", upstream)}]";
            return Save(project, WithUpstream(pipeline, RequireBlock(pipeline, block), upstream, refusal));
        }
    }

    /// <summary>
    /// Makes <paramref name="from"/>'s output feed <paramref name="to"/>, as its last upstream block. Already
    /// connected: nothing changes. Refused as <see cref="SetUpstream"/> refuses.
    /// </summary>
    public static PipelineDefinition Connect(ProjectDefinition project, PipelineId id, string from, string to)
    {
        lock (Gate)
        {
            var pipeline = Load(project, id);
            RequireBlock(pipeline, from);
            var target = RequireBlock(pipeline, to);
            if (target.Upstream.Contains(from, StringComparer.Ordinal))
            {
                return pipeline;
            }

            var changed = WithUpstream(pipeline, target, [.. target.Upstream, from], $"cannot connect '{from}' to '{to}'");
            return Save(project, changed);
        }
    }

    /// <summary>Stops <paramref name="from"/>'s output feeding <paramref name="to"/>. Not connected: nothing changes.</summary>
    public static PipelineDefinition Disconnect(ProjectDefinition project, PipelineId id, string from, string to)
    {
        lock (Gate)
        {
            var pipeline = Load(project, id);
            RequireBlock(pipeline, from);
            var target = RequireBlock(pipeline, to);
            if (!target.Upstream.Contains(from, StringComparer.Ordinal))
            {
                return pipeline;
            }

            var upstream = target.Upstream.Where(u => u != from).ToList();
            return Save(project, pipeline with
            {
                Blocks = [.. pipeline.Blocks.Select(b => b.Name == to ? b with { Upstream = upstream } : b)],
            });
        }
    }

    private static PipelineDefinition WithUpstream(
        PipelineDefinition pipeline, BlockDefinition block, IReadOnlyList<string> upstream, string refusal)
    {
        if (block.DataProduct is not null && upstream.Count > 0)
        {
            throw new SluiceException(
                $"{refusal}: it reuses data product '{block.DataProduct}', whose outputs come from its own pipeline, so it takes no upstream blocks");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in upstream)
        {
            if (pipeline.FindBlock(name) is null)
            {
                throw new SluiceException($"block '{block.Name}' names upstream '{name}', which is not a block of "
                    + $"pipeline '{pipeline.Id}'; it has: {BlockList(pipeline)}");
            }

            if (name == block.Name)
            {
                throw new SluiceException($"block '{block.Name}' cannot be its own upstream");
            }

            if (!seen.Add(name))
            {
                throw new SluiceException($"block '{block.Name}' names upstream '{name}' twice");
            }
        }

        var changed = pipeline with
        {
            Blocks = [.. pipeline.Blocks.Select(b => b.Name == block.Name ? b with { Upstream = [.. upstream] } : b)],
        };
        var cycle = CycleFinder.Find(changed.Blocks);
        return cycle is null ? changed : throw new SluiceException($"{refusal}: {PipelineErrors.WouldCycle(cycle)}");
    }
}
