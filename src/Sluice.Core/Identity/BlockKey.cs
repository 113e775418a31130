namespace Sluice.Core;

/// <summary>One block of one pipeline run: the unit that outputs and block runs are stored under.</summary>
public readonly record struct BlockKey(PipelineId Pipeline, RunId Run, string Block)
{
    /// <inheritdoc />
    public override string ToString() => $"{Pipeline}/{Run}/{Block}";
}
