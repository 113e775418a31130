namespace Sluice.Server.Tracking;

/// <summary>
/// A scatter plot of one param or metric (x) against one metric (y) over some runs: one point per run that has both,
/// x as numbers when every value reads as one (else as text, one category each), and the runs left out.
/// </summary>
public sealed record ScatterData(
    IReadOnlyList<string> Runs, IReadOnlyList<object> X, IReadOnlyList<double> Y, bool NumericX, IReadOnlyList<string> LeftOut);
