namespace Sluice.Sdk;

/// <summary>Marks the entry method of a <see cref="BlockKind.DataLoader"/> block.</summary>
public sealed class DataLoaderAttribute : BlockEntryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public DataLoaderAttribute()
        : base(BlockKind.DataLoader)
    {
    }
}
