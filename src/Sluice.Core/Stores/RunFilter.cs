namespace Sluice.Core;

/// <summary>Which runs to list; a null field does not filter.</summary>
public sealed record RunFilter(PipelineId? Pipeline = null, RunStatus? Status = null)
{
    /// <summary>Every run.</summary>
    public static RunFilter All { get; } = new();
}
