namespace Sluice.Server.Api;

/// <summary>
/// The body of POST .../models/{model}/versions: the tracked run whose model folder becomes the next version, and
/// the folder's name (<c>model</c> unless given).
/// </summary>
public sealed record RegisterModelVersionRequest(string? TrackedRunId, string? Artifact);
