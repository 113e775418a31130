namespace Sluice.Sdk;

/// <summary>Marks the entry method of a <see cref="BlockKind.Custom"/> block.</summary>
public sealed class CustomAttribute : BlockEntryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public CustomAttribute()
        : base(BlockKind.Custom)
    {
    }
}
