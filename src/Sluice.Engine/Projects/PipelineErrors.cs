namespace Sluice.Engine.Projects;

/// <summary>Messages that both the located check (pipeline.yaml, with line numbers) and <see cref="PipelineGraph"/> give.</summary>
internal static class PipelineErrors
{
    public static string UnknownUpstream(string block, string upstream) =>
        $"block '{block}' names upstream '{upstream}', which is not a block of this pipeline";

    public static string Cycle(IEnumerable<string> cycle) => $"the blocks form a cycle: {string.Join(" -> ", cycle)}";

    /// <summary>Why the editor refuses an edge: the cycle it would close, in the words of <see cref="Cycle"/>.</summary>
    public static string WouldCycle(IEnumerable<string> cycle) => $"the blocks would form a cycle: {string.Join(" -> ", cycle)}";
}
