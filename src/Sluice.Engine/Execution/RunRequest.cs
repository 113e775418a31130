using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>What to run: a pipeline, which of its blocks, and variables that override the pipeline's.</summary>
public sealed record RunRequest(PipelineId Pipeline)
{
    /// <summary>Creates a request to run every block of <paramref name="pipeline"/>.</summary>
    public RunRequest(string pipeline)
        : this(new PipelineId(pipeline))
    {
    }

    /// <summary>Which blocks run; all of them unless set.</summary>
    public RunScope Scope { get; init; } = RunScope.All;

    /// <summary>Run-time variables; they override pipeline and project variables.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; init; } = new Dictionary<string, object?>();
}
