namespace Sluice.ML.Serving;

/// <summary>How <see cref="ServedModels"/> revalidates names and keeps loaded versions.</summary>
public sealed record ServingOptions
{
    /// <summary>
    /// How long a resolved name stands before the source's generation is read again: 200 ms unless set. A moved
    /// alias is served at most this long after it moved (or at once after <see cref="ServedModels.Revalidate"/>).
    /// </summary>
    public TimeSpan RevalidateAfter { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How many loaded versions are kept; the least recently used go beyond it. 8 unless set.</summary>
    public int MaxLoadedVersions { get; init; } = 8;

    /// <summary>How many idle prediction engines each version keeps: twice the processor count unless set.</summary>
    public int MaxIdleEngines { get; init; } = Environment.ProcessorCount * 2;
}
