namespace Sluice.Sdk;

/// <summary>Marks the entry method of a <see cref="BlockKind.Condition"/> block.</summary>
public sealed class ConditionAttribute : BlockEntryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public ConditionAttribute()
        : base(BlockKind.Condition)
    {
    }
}
