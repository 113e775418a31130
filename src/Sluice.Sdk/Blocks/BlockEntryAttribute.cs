namespace Sluice.Sdk;

/// <summary>
/// Marks the one entry method of a block file. A block file has exactly one method marked by a subclass of this
/// attribute; the engine rejects a file with none or with two.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public abstract class BlockEntryAttribute : Attribute
{
    /// <summary>Creates the attribute for a block of <paramref name="kind"/>.</summary>
    protected BlockEntryAttribute(BlockKind kind) => Kind = kind;

    /// <summary>The kind of block the method is the entry of.</summary>
    public BlockKind Kind { get; }
}
