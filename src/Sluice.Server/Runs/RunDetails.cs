namespace Sluice.Server.Runs;

/// <summary>A run with its blocks, and whether this server can still cancel it.</summary>
public sealed record RunDetails(RunView Run, IReadOnlyList<BlockRunView> Blocks, bool Cancellable);
