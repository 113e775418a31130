namespace Sluice.Core;

/// <summary>The pipeline run, pipeline, block and attempt that started a tracked run.</summary>
/// <param name="PipelineRun">The pipeline run.</param>
/// <param name="Pipeline">Its pipeline.</param>
/// <param name="Block">The block that started the tracked run.</param>
/// <param name="Attempt">The block's attempt: 1 for the first try.</param>
public sealed record TrackedRunSource(RunId PipelineRun, PipelineId Pipeline, string Block, int Attempt);
