using System.Reflection;
using System.Runtime.Loader;

namespace Sluice.Engine.Compilation;

/// <summary>
/// Holds the utils and block assemblies of one compile, and nothing else: every other reference (Sluice.Sdk,
/// DataFrame, ML.NET) resolves to the host's copy, so values and attributes cross the boundary as the same types.
/// </summary>
internal sealed class BlockLoadContext(string name) : AssemblyLoadContext(name, isCollectible: true)
{
    public Assembly Add(byte[] image)
    {
        using var stream = new MemoryStream(image, writable: false);
        return LoadFromStream(stream);
    }

    // Looked up rather than kept in a field: the context holding its own assemblies strongly keeps it from unloading.
    protected override Assembly? Load(AssemblyName assemblyName) =>
        Assemblies.FirstOrDefault(a => string.Equals(a.GetName().Name, assemblyName.Name, StringComparison.Ordinal));
}
