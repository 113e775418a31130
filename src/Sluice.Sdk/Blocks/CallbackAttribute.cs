namespace Sluice.Sdk;

/// <summary>Marks the entry method of a <see cref="BlockKind.Callback"/> block.</summary>
public sealed class CallbackAttribute : BlockEntryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public CallbackAttribute()
        : base(BlockKind.Callback)
    {
    }
}
