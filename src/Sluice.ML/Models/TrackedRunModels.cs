using System.Text;

using Microsoft.ML;

using Sluice.Sdk;

namespace Sluice.ML.Models;

/// <summary>Logs ML.NET models to tracked runs in the form the model registry registers.</summary>
public static class TrackedRunModels
{
    /// <summary>
    /// Logs <paramref name="model"/> as the model artifact <paramref name="name"/> of <paramref name="run"/>:
    /// <c>&lt;name&gt;/model.zip</c>, the ML.NET model saved with <paramref name="inputSchema"/>, and
    /// <c>&lt;name&gt;/signature.json</c>, its signature (see <see cref="ModelSignatures.Infer"/>). Register it
    /// afterwards with <c>context.Models.RegisterAsync(model, run.Id, name)</c>.
    /// </summary>
    /// <param name="run">The tracked run to log to.</param>
    /// <param name="ml">The ML context that saves the model.</param>
    /// <param name="model">The fitted model.</param>
    /// <param name="inputSchema">
    /// The columns a prediction gives the model, without the label: serving checks requests against them. A
    /// DataFrame's or data view's <c>Schema</c> with the label column left out.
    /// </param>
    /// <param name="name">The artifact folder's name.</param>
    /// <param name="outputColumns">The output columns to list in the signature; by default the prediction columns.</param>
    /// <param name="cancellationToken">Cancels the logging.</param>
    /// <returns>The signature that was logged.</returns>
    /// <exception cref="ArgumentException">The model cannot read the schema, or a column cannot be described.</exception>
    public static async Task<ModelSignature> LogModelAsync(
        this ITrackedRun run,
        MLContext ml,
        ITransformer model,
        DataViewSchema inputSchema,
        string name = ModelArtifact.DefaultName,
        IReadOnlyList<string>? outputColumns = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(ml);
        var signature = ModelSignatures.Infer(model, inputSchema, outputColumns);
        using (var zip = new MemoryStream())
        {
            ml.Model.Save(model, inputSchema, zip);
            zip.Position = 0;
            await run.LogArtifactAsync(ModelArtifact.ModelFileOf(name), zip, cancellationToken).ConfigureAwait(false);
        }

        // The signature goes last: a model folder with a signature is a complete one.
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(ModelSignatureJson.Serialize(signature)));
        await run.LogArtifactAsync(ModelArtifact.SignatureFileOf(name), json, cancellationToken).ConfigureAwait(false);
        return signature;
    }
}
