namespace Sluice.Core;

/// <summary>The param and metric keys the runs of one experiment have logged: the columns of its runs table.</summary>
/// <param name="Params">Every param key any of its runs logged, in ordinal order.</param>
/// <param name="Metrics">Every metric key any of its runs logged, in ordinal order.</param>
public sealed record ExperimentKeys(IReadOnlyList<string> Params, IReadOnlyList<string> Metrics);
