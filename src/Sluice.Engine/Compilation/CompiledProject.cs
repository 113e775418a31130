namespace Sluice.Engine.Compilation;

/// <summary>
/// The blocks of one <see cref="BlockCompiler.Compile"/> call, loaded together into one collectible load context.
/// Disposing it unloads their code once nothing references it any more; do not use its blocks afterwards.
/// </summary>
public sealed class CompiledProject : IDisposable
{
    private readonly BlockLoadContext _context;
    private readonly Dictionary<string, CompiledBlock> _byName;

    internal CompiledProject(BlockLoadContext context, IReadOnlyList<CompiledBlock> blocks)
    {
        _context = context;
        Blocks = blocks;
        _byName = blocks.ToDictionary(b => b.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<CompiledBlock> Blocks { get; }

    public bool IsDisposed { get; private set; }

    public CompiledBlock this[string blockName] =>
        _byName.TryGetValue(blockName, out var block)
            ? block
            : throw new KeyNotFoundException(
                $"Block '{blockName}' was not compiled; compiled: {string.Join(", ", _byName.Keys)}.");

    public bool TryGetBlock(string blockName, out CompiledBlock? block) => _byName.TryGetValue(blockName, out block);

    public void Dispose()
    {
        if (!IsDisposed)
        {
            IsDisposed = true;
            _context.Unload();
        }
    }
}
