namespace Sluice.Engine.Projects;

/// <summary>What is wrong with a chart: the pipeline.yaml key at fault and the reason, worded to follow its subject.</summary>
internal sealed record ChartProblem(string Field, string Reason);
