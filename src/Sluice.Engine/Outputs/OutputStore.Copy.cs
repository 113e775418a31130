using System.Text.Json;

using Sluice.Core;

namespace Sluice.Engine.Outputs;

public sealed partial class OutputStore
{
    /// <summary>
    /// Stores under <paramref name="target"/> a copy of the outputs stored under <paramref name="source"/>, file by
    /// file without reading them, replacing what was stored for <paramref name="target"/>. Atomic like
    /// <see cref="WriteAsync"/>: on failure nothing changes.
    /// </summary>
    /// <exception cref="SluiceException">Nothing is stored for <paramref name="source"/>.</exception>
    public async Task CopyAsync(BlockKey source, BlockKey target, CancellationToken cancellationToken = default)
    {
        var (directory, manifest) = await ReadManifestAsync(source, cancellationToken);
        string destination = DirectoryOf(target);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        string temp = $"{destination}.tmp-{Guid.NewGuid():N}";
        Directory.CreateDirectory(temp);
        try
        {
            foreach (string file in manifest.Outputs.Select(entry => entry.File).OfType<string>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                File.Copy(Path.Combine(directory, file), Path.Combine(temp, file));
            }

            await using (FileStream stream = File.Create(Path.Combine(temp, ManifestFile)))
            {
                await JsonSerializer.SerializeAsync(stream, manifest with { Block = target.Block }, ManifestOptions, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            Replace(temp, destination);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }
}
