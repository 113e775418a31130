namespace Sluice.Sdk;

/// <summary>Marks the entry method of a <see cref="BlockKind.Transformer"/> block.</summary>
public sealed class TransformerAttribute : BlockEntryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public TransformerAttribute()
        : base(BlockKind.Transformer)
    {
    }
}
