namespace Sluice.Sdk;

/// <summary>Marks the entry method of a <see cref="BlockKind.Sensor"/> block.</summary>
public sealed class SensorAttribute : BlockEntryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public SensorAttribute()
        : base(BlockKind.Sensor)
    {
    }
}
