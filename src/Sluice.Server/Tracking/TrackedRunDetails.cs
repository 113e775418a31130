using Sluice.Core;

namespace Sluice.Server.Tracking;

/// <summary>
/// A tracked run with its experiment's name, every metric's history by step, its artifacts, and the model folders
/// among them (folders holding a model file and its signature), which can be registered as model versions.
/// </summary>
public sealed record TrackedRunDetails(
    TrackedRunView Run,
    string Experiment,
    IReadOnlyDictionary<string, IReadOnlyList<MetricPointView>> History,
    IReadOnlyList<ArtifactEntry> Artifacts,
    IReadOnlyList<string> Models);
