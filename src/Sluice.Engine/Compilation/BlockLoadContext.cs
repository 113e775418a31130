using System.Reflection;
using System.Runtime.Loader;

namespace Sluice.Engine.Compilation;

/// <summary>
/// Holds one compiled assembly (utils or one block) and nothing else: a block's reference to utils resolves to the
/// utils assembly it was compiled against (loaded in its own context), and every other reference (Sluice.Sdk,
/// DataFrame, ML.NET) to the host's copy, so values and attributes cross the boundary as the same types.
/// </summary>
internal sealed class BlockLoadContext(string name, Assembly? utils) : AssemblyLoadContext(name, isCollectible: true)
{
    private readonly string? _utilsName = utils?.GetName().Name;

    public Assembly Add(byte[] image)
    {
        using var stream = new MemoryStream(image, writable: false);
        return LoadFromStream(stream);
    }

    // A name compare, not a scan of loaded assemblies: the runtime asks this for every reference a block resolves.
    protected override Assembly? Load(AssemblyName assemblyName) =>
        _utilsName is not null && string.Equals(assemblyName.Name, _utilsName, StringComparison.Ordinal) ? utils : null;
}
