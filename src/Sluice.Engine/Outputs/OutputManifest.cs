namespace Sluice.Engine.Outputs;

/// <summary>The <c>manifest.json</c> of one block's stored outputs, in the order the block returned them.</summary>
internal sealed record OutputManifest(int Version, string Block, IReadOnlyList<OutputManifestEntry> Outputs)
{
    public const int CurrentVersion = 1;
}
