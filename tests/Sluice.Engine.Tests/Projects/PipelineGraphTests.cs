using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Projects;

public sealed class PipelineGraphTests
{
    // File order: b, load, c, a, join. load feeds a and c; b waits for a; join waits for b and c.
    private static readonly PipelineDefinition Diamond = Pipeline(
        ("b", ["a"]),
        ("load", []),
        ("c", ["load"]),
        ("a", ["load"]),
        ("join", ["b", "c"]),
        ("lonely", []));

    [Fact]
    public void TopologicalOrder_PutsUpstreamFirstAndOtherwiseKeepsFileOrder()
    {
        var graph = PipelineGraph.Build(Diamond);

        graph.TopologicalOrder.Select(b => b.Name).ShouldBe(["load", "c", "a", "b", "join", "lonely"]);
    }

    [Fact]
    public void UpstreamAndDownstreamOf_AreTheDirectEdges()
    {
        var graph = PipelineGraph.Build(Diamond);

        graph.UpstreamOf("join").ShouldBe(["b", "c"]);
        graph.DownstreamOf("load").ShouldBe(["c", "a"]);
        graph.DownstreamOf("join").ShouldBeEmpty();
    }

    [Fact]
    public void WithDescendants_IsTheBlockAndEverythingDownstream()
    {
        var graph = PipelineGraph.Build(Diamond);

        graph.WithDescendants("a").OrderBy(n => n, StringComparer.Ordinal).ShouldBe(["a", "b", "join"]);
        graph.WithDescendants("load").Count.ShouldBe(5);
        graph.WithDescendants("lonely").ShouldBe(["lonely"]);
    }

    [Fact]
    public void Ancestors_AreEverythingUpstreamWithoutTheBlock()
    {
        var graph = PipelineGraph.Build(Diamond);

        graph.Ancestors("join").OrderBy(n => n, StringComparer.Ordinal).ShouldBe(["a", "b", "c", "load"]);
        graph.Ancestors("load").ShouldBeEmpty();
    }

    [Fact]
    public void Build_WhenBlocksFormACycle_NamesTheCycle()
    {
        var pipeline = Pipeline(("a", ["c"]), ("b", ["a"]), ("c", ["b"]));

        var error = Should.Throw<SluiceException>(() => PipelineGraph.Build(pipeline));

        error.Message.ShouldBe("Pipeline 'p': the blocks form a cycle: a -> b -> c -> a");
    }

    [Fact]
    public void Build_WhenUpstreamIsUnknown_NamesIt()
    {
        var error = Should.Throw<SluiceException>(() => PipelineGraph.Build(Pipeline(("a", ["ghost"]))));

        error.Message.ShouldBe("block 'a' names upstream 'ghost', which is not a block of this pipeline");
    }

    [Fact]
    public void Queries_WhenBlockIsUnknown_ListThePipelinesBlocks()
    {
        var graph = PipelineGraph.Build(Pipeline(("a", []), ("b", ["a"])));

        var error = Should.Throw<SluiceException>(() => graph.WithDescendants("x"));

        error.Message.ShouldBe("Pipeline 'p' has no block 'x'; its blocks: a, b");
        Should.Throw<SluiceException>(() => graph.UpstreamOf("x"));
        Should.Throw<SluiceException>(() => graph.DownstreamOf("x"));
        Should.Throw<SluiceException>(() => graph.Ancestors("x"));
    }

    [Fact]
    public void Build_WithALongChain_OrdersItWithoutDeepRecursion()
    {
        var blocks = Enumerable.Range(0, 20_000)
            .Select(i => ($"b{i}", i == 0 ? Array.Empty<string>() : [$"b{i - 1}"]))
            .Reverse()
            .ToArray();

        var graph = PipelineGraph.Build(Pipeline(blocks));

        graph.TopologicalOrder[0].Name.ShouldBe("b0");
        graph.TopologicalOrder[^1].Name.ShouldBe("b19999");
        graph.WithDescendants("b0").Count.ShouldBe(20_000);
    }

    private static PipelineDefinition Pipeline(params (string Name, string[] Upstream)[] blocks) => new(
        new PipelineId("p"),
        null,
        [.. blocks.Select(b => new BlockDefinition(b.Name, BlockKind.Custom, $"custom/{b.Name}.cs", b.Upstream, ExecutionSettings.None))],
        new Dictionary<string, object?>(),
        ExecutionSettings.None,
        "/p/pipeline.yaml");
}
