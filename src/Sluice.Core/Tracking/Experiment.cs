namespace Sluice.Core;

/// <summary>A named group of tracked runs that try to solve the same problem (MLflow's experiment).</summary>
/// <param name="Id">Its id, which names its folder of artifacts.</param>
/// <param name="Name">Its unique, case-sensitive name.</param>
/// <param name="CreatedAt">When its first run created it.</param>
public sealed record Experiment(ExperimentId Id, string Name, DateTimeOffset CreatedAt);
