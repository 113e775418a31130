using Sluice.Core;

namespace Sluice.Engine.Compilation;

/// <summary>
/// The loaded current version of one block file: which source and utils it was built from, and the blocks already
/// discovered in it, by block name, so an unchanged block is neither loaded nor reflected over again.
/// </summary>
internal sealed class LoadedBlock(SourceFile source, string? utilsKey, LoadedAssembly assembly)
{
    private readonly Dictionary<string, CompiledBlock> _discovered = new(StringComparer.Ordinal);
    private readonly string? _utilsKey = utilsKey;

    public SourceFile Source { get; } = source;

    public LoadedAssembly Assembly { get; } = assembly;

    public bool IsCurrent(SourceFile source, string? utilsKey) =>
        Source.Hash == source.Hash && string.Equals(utilsKey, _utilsKey, StringComparison.Ordinal);

    /// <summary>
    /// The block <paramref name="definition"/> names in this file: the same instance as last time when the definition
    /// is unchanged, the same discovery under the new definition when only upstream or settings changed.
    /// </summary>
    public CompiledBlock? Find(BlockDefinition definition, List<BlockDiagnostic> problems)
    {
        if (_discovered.TryGetValue(definition.Name, out var known) && known.Kind == definition.Kind)
        {
            if (!SameDefinition(known.Definition, definition))
            {
                known = known.WithDefinition(definition);
                _discovered[definition.Name] = known;
            }

            return known;
        }

        if (BlockDiscovery.Discover(definition, Source, Assembly.Assembly, problems) is not { } found)
        {
            return null;
        }

        _discovered[definition.Name] = found;
        return found;
    }

    // Records compare lists by reference, and every pipeline load makes new lists.
    private static bool SameDefinition(BlockDefinition a, BlockDefinition b) =>
        a == b
        || (a.Name == b.Name && a.Kind == b.Kind && a.SourcePath == b.SourcePath && a.Settings == b.Settings
            && a.Upstream.SequenceEqual(b.Upstream, StringComparer.Ordinal));
}
