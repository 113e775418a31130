using Microsoft.ML;

using Sluice.Sdk;

namespace Sluice.ML.Models;

/// <summary>Loads registered model versions for prediction.</summary>
public static class RegisteredModels
{
    /// <summary>
    /// Loads the ML.NET model of <paramref name="version"/> and the input schema it was saved with, for example to
    /// score new data in a predict block: <c>model.Transform(frame)</c>.
    /// </summary>
    /// <exception cref="FileNotFoundException">The model file is gone; the message names the model, version and path.</exception>
    public static (ITransformer Model, DataViewSchema InputSchema) LoadModel(this MLContext ml, RegisteredModelVersion version)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(version);
        if (!File.Exists(version.ModelPath))
        {
            throw new FileNotFoundException(
                $"Model '{version.Model}' version {version.Version} cannot be loaded: its model file {version.ModelPath} is missing.",
                version.ModelPath);
        }

        var model = ml.Model.Load(version.ModelPath, out var inputSchema);
        return (model, inputSchema);
    }
}
