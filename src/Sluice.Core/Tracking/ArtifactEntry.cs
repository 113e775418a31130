namespace Sluice.Core;

/// <summary>One file a tracked run keeps.</summary>
/// <param name="Name">Its path relative to the run's artifact folder, with '/' separators: <c>model/model.zip</c>.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="At">When it was last written.</param>
public sealed record ArtifactEntry(string Name, long Size, DateTimeOffset At);
