namespace Sluice.Sdk;

/// <summary>Marks the entry method of a <see cref="BlockKind.DataExporter"/> block.</summary>
public sealed class DataExporterAttribute : BlockEntryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public DataExporterAttribute()
        : base(BlockKind.DataExporter)
    {
    }
}
