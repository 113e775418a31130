using Microsoft.CodeAnalysis;

namespace Sluice.Engine.Compilation;

/// <summary>
/// The loaded utils assembly: its content key (part of every block's key), the assembly blocks bind to and the
/// reference blocks compile against. <paramref name="Key"/> and the rest are null when the project has no utils.
/// </summary>
internal sealed record UtilsBuild(string? Key, LoadedAssembly? Loaded, MetadataReference? Reference)
{
    public static UtilsBuild None { get; } = new(null, null, null);
}
