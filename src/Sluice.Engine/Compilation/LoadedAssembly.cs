using System.Reflection;

namespace Sluice.Engine.Compilation;

/// <summary>
/// One assembly in its own collectible load context, unloaded when its last lease is released. The compiler holds
/// one lease while the assembly is the current version of its source; every <see cref="CompiledProject"/> using it
/// holds another, so a superseded version stays loaded until the runs using it end.
/// </summary>
internal sealed class LoadedAssembly
{
    private readonly BlockLoadContext _context;
    private int _leases = 1;

    private LoadedAssembly(BlockLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <summary>Loads <paramref name="image"/>; the caller holds the first lease.</summary>
    public static LoadedAssembly Load(string contextName, byte[] image, Assembly? utils)
    {
        var context = new BlockLoadContext(contextName, utils);
        try
        {
            return new LoadedAssembly(context, context.Add(image));
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    // Only the compiler acquires, and only while it holds its own lease, so the count never rises from zero.
    public LoadedAssembly Acquire()
    {
        Interlocked.Increment(ref _leases);
        return this;
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _leases) == 0)
        {
            _context.Unload();
        }
    }
}
