using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Tracking;

public sealed partial class ModelRegistry
{
    /// <inheritdoc />
    /// <exception cref="SluiceException">
    /// The model name or run id is not valid, the run does not exist, or the artifact is not a model folder with a
    /// readable signature; the message names the run and the artifact.
    /// </exception>
    public async Task<RegisteredModelVersion> RegisterAsync(
        string model, string trackedRunId, string artifact = ModelArtifact.DefaultName, CancellationToken cancellationToken = default)
    {
        RegistryNames.CheckModel(model);
        if (!TrackedRunId.TryParse(trackedRunId, out var runId))
        {
            throw new SluiceException(
                $"Model '{model}' cannot be registered from '{trackedRunId}': a tracked run id is 32 hexadecimal digits (ITrackedRun.Id).");
        }

        var name = ArtifactNames.Normalize(artifact);
        var run = await _store.Tracking.FindRunAsync(runId, cancellationToken).ConfigureAwait(false)
            ?? throw new SluiceException($"Model '{model}' cannot be registered from tracked run {runId}: the run does not exist.");
        var signature = await ReadSignatureAsync(run, name, cancellationToken).ConfigureAwait(false);
        var version = await _store.Models.RegisterVersionAsync(
            new ModelRegistration(model, runId, name, signature, _clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return ToRecord(version);
    }

    private async Task<ModelSignature> ReadSignatureAsync(TrackedRun run, string artifact, CancellationToken cancellationToken)
    {
        var modelFile = ModelArtifact.ModelFileOf(artifact);
        var signatureFile = ModelArtifact.SignatureFileOf(artifact);
        foreach (var file in new[] { modelFile, signatureFile })
        {
            if (!File.Exists(Artifacts.PathOf(run.Experiment, run.Id, file)))
            {
                throw new SluiceException(
                    $"Tracked run {run.Id} has no model artifact '{artifact}': '{file}' is missing. Log the model with "
                    + $"LogModelAsync (Sluice.ML.Models) under the name '{artifact}' before registering it.");
            }
        }

        var json = await File.ReadAllTextAsync(Artifacts.PathOf(run.Experiment, run.Id, signatureFile), cancellationToken)
            .ConfigureAwait(false);
        try
        {
            return ModelSignatureJson.Deserialize(json);
        }
        catch (FormatException e)
        {
            throw new SluiceException($"Artifact '{signatureFile}' of tracked run {run.Id} is not a model signature: {e.Message}.", e);
        }
    }
}
