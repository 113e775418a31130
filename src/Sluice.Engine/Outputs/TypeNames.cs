using System.Reflection;

namespace Sluice.Engine.Outputs;

/// <summary>
/// Resolves the type names stored in manifests. Block assemblies are compiled in memory, so a name is matched against
/// the assemblies already loaded (by simple name, any version) before the loader is asked.
/// </summary>
internal static class TypeNames
{
    public static string Of(Type type) => type.AssemblyQualifiedName ?? type.FullName ?? type.Name;

    public static Type? Resolve(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        try
        {
            return Type.GetType(name, FindAssembly, typeResolver: null, throwOnError: false);
        }
        catch (Exception e) when (e is FileLoadException or BadImageFormatException or ArgumentException)
        {
            return null;
        }
    }

    private static Assembly? FindAssembly(AssemblyName name)
    {
        Assembly? loaded = AppDomain.CurrentDomain.GetAssemblies()
            .LastOrDefault(a => string.Equals(a.GetName().Name, name.Name, StringComparison.Ordinal));
        if (loaded is not null)
        {
            return loaded;
        }

        try
        {
            return Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
