using Sluice.Core;

namespace Sluice.Engine.Tests.Projects;

/// <summary>Compares blocks by value: records compare their Upstream lists by reference.</summary>
public sealed class BlockComparer : IEqualityComparer<BlockDefinition>
{
    public static BlockComparer Instance { get; } = new();

    public bool Equals(BlockDefinition? x, BlockDefinition? y) =>
        x is not null && y is not null
        && x.Name == y.Name && x.Kind == y.Kind && x.SourcePath == y.SourcePath
        && x.Upstream.SequenceEqual(y.Upstream) && x.Settings == y.Settings
        && x.Dynamic == y.Dynamic && x.ReduceOutput == y.ReduceOutput;

    public int GetHashCode(BlockDefinition obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
}
