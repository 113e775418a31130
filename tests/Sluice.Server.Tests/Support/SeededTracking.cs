namespace Sluice.Server.Tests.Support;

/// <summary>What <see cref="TrackingSeed"/> wrote: the main experiment's id and each tracked run's id by its name.</summary>
public sealed record SeededTracking(string ExperimentId, IReadOnlyDictionary<string, string> Runs);
