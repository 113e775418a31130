using Sluice.Sdk;

namespace Sluice.ML.Serving;

/// <summary>One registered model version, as serving needs it.</summary>
/// <param name="Model">The registered model's name.</param>
/// <param name="Version">The version number, from 1.</param>
/// <param name="ModelFile">
/// The ML.NET model file, saved with <c>ml.Model.Save(model, inputSchema, path)</c>. A version's file never changes:
/// serving keeps a loaded version by model, version and file.
/// </param>
/// <param name="Signature">The columns a request gives and a prediction returns.</param>
public sealed record ModelLocation(string Model, int Version, string ModelFile, ModelSignature Signature);
