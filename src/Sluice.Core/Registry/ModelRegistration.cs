using Sluice.Sdk;

namespace Sluice.Core;

/// <summary>What registering a new version of a model records.</summary>
/// <param name="Model">The model's name; created when new.</param>
/// <param name="Run">The tracked run the model comes from; it must exist.</param>
/// <param name="Artifact">The run's model artifact folder.</param>
/// <param name="Signature">The model's signature.</param>
/// <param name="At">When it is registered.</param>
public sealed record ModelRegistration(
    string Model, TrackedRunId Run, string Artifact, ModelSignature Signature, DateTimeOffset At);
