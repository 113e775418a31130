namespace Sluice.Engine.Compilation;

/// <summary>
/// The blocks of one <see cref="BlockCompiler.Compile"/> call. Each block's code lives in its own collectible load
/// context, shared with other compiles of the same unchanged source; disposing this releases its hold on them, and a
/// context unloads once no live project uses it and the compiler has a newer version (or is disposed). Do not use
/// its blocks after disposing it.
/// </summary>
public sealed class CompiledProject : IDisposable
{
    private readonly IReadOnlyList<LoadedAssembly> _leases;
    private readonly Dictionary<string, CompiledBlock> _byName;
    private int _disposed;

    internal CompiledProject(IReadOnlyList<CompiledBlock> blocks, IReadOnlyList<LoadedAssembly> leases)
    {
        _leases = leases;
        Blocks = blocks;
        _byName = blocks.ToDictionary(b => b.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<CompiledBlock> Blocks { get; }

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    public CompiledBlock this[string blockName] =>
        _byName.TryGetValue(blockName, out var block)
            ? block
            : throw new KeyNotFoundException(
                $"Block '{blockName}' was not compiled; compiled: {string.Join(", ", _byName.Keys)}.");

    public bool TryGetBlock(string blockName, out CompiledBlock? block) => _byName.TryGetValue(blockName, out block);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            foreach (var lease in _leases)
            {
                lease.Release();
            }
        }
    }
}
