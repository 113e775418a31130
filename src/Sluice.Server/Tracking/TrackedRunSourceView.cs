using Sluice.Core;

namespace Sluice.Server.Tracking;

/// <summary>The pipeline run, pipeline, block and attempt that started a tracked run.</summary>
public sealed record TrackedRunSourceView(string PipelineRun, string Pipeline, string Block, int Attempt)
{
    /// <summary>The view of <paramref name="source"/>, or null when the run was started outside a pipeline.</summary>
    public static TrackedRunSourceView? Of(TrackedRunSource? source) =>
        source is null ? null : new(source.PipelineRun.Value, source.Pipeline.Value, source.Block, source.Attempt);
}
