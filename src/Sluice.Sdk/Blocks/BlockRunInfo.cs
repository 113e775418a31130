namespace Sluice.Sdk;

/// <summary>Identifies one attempt of one block in one pipeline run.</summary>
/// <param name="RunId">The pipeline run's id.</param>
/// <param name="Pipeline">The pipeline's name.</param>
/// <param name="Block">The block's name.</param>
/// <param name="Attempt">1 for the first try, 2 for the first retry, and so on.</param>
/// <param name="Partition">The partition the run covers, when the pipeline is partitioned; otherwise null.</param>
/// <param name="ProjectDirectory">The project's root folder.</param>
public sealed record BlockRunInfo(
    string RunId,
    string Pipeline,
    string Block,
    int Attempt,
    string? Partition,
    string ProjectDirectory)
{
    /// <summary>
    /// The item this block run is for, when the block runs once per item of a dynamic block (its
    /// <see cref="Block"/> is then <c>&lt;block&gt;:&lt;item name&gt;</c>); otherwise null.
    /// </summary>
    public DynamicItemInfo? Item { get; init; }
}
