using Sluice.Core;
using Sluice.Engine.Compilation;

namespace Sluice.Engine.Execution;

/// <summary>
/// <see cref="BlockBinding"/> for pipelines with dynamic blocks: a dynamic block must return a collection; a dynamic
/// child's parameter receives one item; a block downstream of a reducing block receives lists.
/// </summary>
internal static class DynamicBinding
{
    /// <summary>The first problem binding <paramref name="block"/>'s inputs, as one message; null when they fit.</summary>
    public static string? Check(BlockDefinition block, CompiledProject compiled, DynamicLanes lanes)
    {
        var given = new List<(string Block, BlockOutput Output, UpstreamRole Role)>();
        foreach (var upstream in block.Upstream)
        {
            var role = lanes.RoleOf(block.Name, upstream);
            var outputs = compiled[upstream].Outputs;
            given.AddRange(role switch
            {
                // ShapeProblem has made sure a dynamic block has one output.
                UpstreamRole.Item => [(upstream, new BlockOutput(outputs[0].Name, DynamicItems.ItemTypeOf(outputs[0].Type) ?? typeof(object)), role)],
                UpstreamRole.Reduced => outputs.Select(o => (upstream, new BlockOutput(o.Name, ReducedType(o.Type)), role)),
                _ => outputs.Select(o => (upstream, o, role)),
            });
        }

        var inputs = compiled[block.Name].Inputs;
        if (inputs.Count != given.Count || given.All(g => g.Role is UpstreamRole.Whole or UpstreamRole.SameItem))
        {
            return BlockBinding.Check(block.Name, inputs, [.. given.Select(g => (g.Block, g.Output))]);
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var (upstream, output, role) = given[i];
            if (BlockBinding.Fits(inputs[i].Type, output.Type))
            {
                continue;
            }

            var parameter = $"block '{block.Name}': parameter '{inputs[i].Name}' is {TypeNames.Display(inputs[i].Type)}";
            return role switch
            {
                UpstreamRole.Item => $"{parameter} but it receives one item of dynamic block '{upstream}', which is {TypeNames.Display(output.Type)}",
                UpstreamRole.Reduced => $"{parameter} but it receives output '{output.Name}' of '{upstream}' reduced over every item, which is {TypeNames.Display(output.Type)}",
                _ => $"{parameter} but upstream '{upstream}' output '{output.Name}' is {TypeNames.Display(output.Type)}",
            };
        }

        return null;
    }

    /// <summary>
    /// What the blocks downstream of reducing <paramref name="block"/> receive: one list per output, with the value of
    /// each child in item order.
    /// </summary>
    public static IReadOnlyList<object?> Reduce(CompiledBlock block, IReadOnlyList<IReadOnlyList<object?>> children)
    {
        var lists = new object?[block.Outputs.Count];
        for (var i = 0; i < lists.Length; i++)
        {
            var list = Array.CreateInstance(block.Outputs[i].Type, children.Count);
            for (var k = 0; k < children.Count; k++)
            {
                list.SetValue(children[k][i], k);
            }

            lists[i] = list;
        }

        return lists;
    }

    /// <summary>The type a block downstream of a reducing block receives for one of its outputs.</summary>
    public static Type ReducedType(Type output) => typeof(IReadOnlyList<>).MakeGenericType(output);

    /// <summary>Why a dynamic block's declared result cannot be split into items; null when it can (or only its value can tell).</summary>
    public static string? ShapeProblem(CompiledBlock block) => block.Outputs switch
    {
        [var only] when DynamicItems.ItemTypeOf(only.Type) is not null => null,
        [var only] => $"dynamic block '{block.Name}' must return {DynamicItems.Shapes}, not {TypeNames.Display(only.Type)}",
        [] => $"dynamic block '{block.Name}' must return {DynamicItems.Shapes}, but it returns nothing",
        _ => $"dynamic block '{block.Name}' must return {DynamicItems.Shapes}, not a tuple of {block.Outputs.Count} outputs",
    };
}
