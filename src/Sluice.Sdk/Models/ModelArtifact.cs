namespace Sluice.Sdk;

/// <summary>
/// How a model is kept among a tracked run's artifacts: a folder (<see cref="DefaultName"/> unless named otherwise)
/// holding the model file and its signature. The registry registers such folders.
/// </summary>
public static class ModelArtifact
{
    /// <summary>The folder name a model is logged under when none is given.</summary>
    public const string DefaultName = "model";

    /// <summary>The model file inside the folder: an ML.NET model zip saved with its input schema.</summary>
    public const string ModelFileName = "model.zip";

    /// <summary>The signature file inside the folder, in the JSON form <see cref="ModelSignatureJson"/> reads.</summary>
    public const string SignatureFileName = "signature.json";

    /// <summary>The artifact name of the model file of the model folder <paramref name="artifact"/>.</summary>
    public static string ModelFileOf(string artifact) => $"{Trim(artifact)}/{ModelFileName}";

    /// <summary>The artifact name of the signature file of the model folder <paramref name="artifact"/>.</summary>
    public static string SignatureFileOf(string artifact) => $"{Trim(artifact)}/{SignatureFileName}";

    private static string Trim(string artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        return artifact.TrimEnd('/');
    }
}
