namespace Sluice.Server.Tracking;

/// <summary>An experiment as the API and the pages list it: how many tracked runs it has and when the last started.</summary>
public sealed record ExperimentView(string Id, string Name, DateTimeOffset CreatedAt, long Runs, DateTimeOffset? LastRunAt);
