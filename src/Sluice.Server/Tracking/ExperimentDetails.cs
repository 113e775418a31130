namespace Sluice.Server.Tracking;

/// <summary>An experiment with the param and metric keys its runs logged: the columns its runs table can show and sort by.</summary>
public sealed record ExperimentDetails(ExperimentView Experiment, IReadOnlyList<string> Params, IReadOnlyList<string> Metrics);
