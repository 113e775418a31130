using System.Text.Json;

using Sluice.Core;

namespace Sluice.Engine.Outputs;

public sealed partial class OutputStore
{
    /// <summary>The stored outputs of one block run, in the order they were written.</summary>
    /// <exception cref="SluiceException">Nothing is stored for the key, or a stored file cannot be read.</exception>
    public async Task<IReadOnlyList<BlockOutputValue>> ReadAsync(
        BlockKey key, CancellationToken cancellationToken = default)
    {
        var (directory, manifest) = await ReadManifestAsync(key, cancellationToken);
        var values = new List<BlockOutputValue>(manifest.Outputs.Count);
        foreach (OutputManifestEntry entry in manifest.Outputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            values.Add(ReadOne(key, directory, entry));
        }

        return values;
    }

    /// <summary>One stored output of a block run, by name, without reading the others.</summary>
    /// <exception cref="SluiceException">Nothing is stored for the key, it has no such output, or it cannot be read.</exception>
    public async Task<BlockOutputValue> ReadAsync(BlockKey key, string output, CancellationToken cancellationToken = default)
    {
        var (directory, manifest) = await ReadManifestAsync(key, cancellationToken);
        var entry = manifest.Outputs.FirstOrDefault(e => e.Name == output) ?? throw new SluiceException(
            $"Block '{key.Block}' has no output '{output}'; it has: {string.Join(", ", manifest.Outputs.Select(e => e.Name))}.");
        return ReadOne(key, directory, entry);
    }

    private async Task<(string Directory, OutputManifest Manifest)> ReadManifestAsync(
        BlockKey key, CancellationToken cancellationToken)
    {
        string directory = DirectoryOf(key);
        RecoverInterruptedReplace(directory);
        string manifestPath = Path.Combine(directory, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new SluiceException(
                $"There are no stored outputs for block '{key.Block}' in run {key.Run} of pipeline " +
                $"'{key.Pipeline}': run the block (or its pipeline) first.");
        }

        OutputManifest manifest;
        await using (FileStream stream = File.OpenRead(manifestPath))
        {
            manifest = await JsonSerializer.DeserializeAsync<OutputManifest>(stream, ManifestOptions, cancellationToken)
                ?? throw new SluiceException($"The output manifest '{manifestPath}' is empty.");
        }

        if (manifest.Version != OutputManifest.CurrentVersion)
        {
            throw new SluiceException(
                $"The output manifest '{manifestPath}' has version {manifest.Version}; this Sluice reads version " +
                $"{OutputManifest.CurrentVersion}. Run the block again to store its outputs anew.");
        }

        return (directory, manifest);
    }

    private BlockOutputValue ReadOne(BlockKey key, string directory, OutputManifestEntry entry)
    {
        Type declared = TypeNames.Resolve(entry.DeclaredType) ?? typeof(object);
        if (entry.Format == NullFormat || entry.File is null)
        {
            return new BlockOutputValue(entry.Name, declared, null);
        }

        IOutputSerializer serializer = _serializers.FindByFormat(entry.Format) ?? throw new SluiceException(
            $"Output '{entry.Name}' of block '{key.Block}' in run {key.Run} is stored as '{entry.Format}', " +
            "a format this Sluice does not know.");
        Type? stored = TypeNames.Resolve(entry.RuntimeType) ?? Concrete(declared);
        try
        {
            return new BlockOutputValue(entry.Name, declared, serializer.Read(Path.Combine(directory, entry.File), stored));
        }
        catch (Exception e) when (e is not OperationCanceledException and not SluiceException)
        {
            throw new SluiceException(
                $"Could not read output '{entry.Name}' of block '{key.Block}' in run {key.Run} " +
                $"({entry.Format}, {entry.File}): {e.Message}", e);
        }
    }

    private static Type? Concrete(Type declared) =>
        declared == typeof(object) || declared.IsInterface || declared.IsAbstract ? null : declared;
}
