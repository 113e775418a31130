namespace Sluice.Engine.Compilation;

/// <summary>
/// Checks, before anything runs, that the outputs of a block's upstream blocks (in upstream order) fit its inputs.
/// An output declared as <see cref="object"/> fits anything here; <see cref="CompiledBlock.InvokeAsync"/> checks
/// the actual value.
/// </summary>
public static class BlockBinding
{
    /// <summary>The first mismatch as one message naming the block, the parameter and both types; null when all fit.</summary>
    public static string? Check(CompiledBlock block, IReadOnlyList<(string Block, BlockOutput Output)> upstreamOutputs)
    {
        ArgumentNullException.ThrowIfNull(block);
        return Check(block.Name, block.Inputs, upstreamOutputs);
    }

    /// <inheritdoc cref="Check(CompiledBlock, IReadOnlyList{ValueTuple{string, BlockOutput}})" />
    public static string? Check(
        string blockName, IReadOnlyList<BlockInput> inputs, IReadOnlyList<(string Block, BlockOutput Output)> upstreamOutputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(upstreamOutputs);
        if (inputs.Count != upstreamOutputs.Count)
        {
            var given = upstreamOutputs.Count == 0
                ? "no outputs"
                : $"{Count(upstreamOutputs.Count, "output")}: {string.Join(", ", upstreamOutputs.Select(u => $"{u.Block}.{u.Output.Name}"))}";
            return $"block '{blockName}' takes {Count(inputs.Count, "input")} but its upstream blocks give {given}";
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var (upstream, output) = upstreamOutputs[i];
            if (!Fits(inputs[i].Type, output.Type))
            {
                return $"block '{blockName}': parameter '{inputs[i].Name}' is {TypeNames.Display(inputs[i].Type)} "
                    + $"but upstream '{upstream}' output '{output.Name}' is {TypeNames.Display(output.Type)}";
            }
        }

        return null;
    }

    internal static bool Fits(Type parameter, Type output) =>
        output == typeof(object) || parameter.IsAssignableFrom(output);

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
