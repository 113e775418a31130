using Sluice.Core;

namespace Sluice.Engine.Tracking;

/// <summary>
/// The files of tracked runs, under <c>.sluice/artifacts/&lt;experiment id&gt;/&lt;tracked run id&gt;/&lt;name&gt;</c>. Each
/// write goes to a temporary file beside its target and is renamed over it, so a reader sees the old file or the
/// whole new one, never a part. Names are checked by <see cref="ArtifactNames"/> and can never leave their run's folder.
/// </summary>
public sealed class ArtifactStore
{
    private const int CopyBufferSize = 1 << 16;

    /// <summary>Keeps artifacts under <paramref name="rootDirectory"/> (made absolute).</summary>
    public ArtifactStore(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        RootDirectory = Path.GetFullPath(rootDirectory);
    }

    /// <summary>The absolute folder every experiment's artifacts live under.</summary>
    public string RootDirectory { get; }

    /// <summary>The absolute folder of run <paramref name="run"/>'s artifacts (it may not exist yet).</summary>
    public string DirectoryOf(ExperimentId experiment, TrackedRunId run) =>
        Path.Combine(RootDirectory, experiment.Value, run.Value);

    /// <summary>The absolute path of artifact <paramref name="name"/> of <paramref name="run"/>.</summary>
    /// <exception cref="SluiceException">The name is not a valid artifact name.</exception>
    public string PathOf(ExperimentId experiment, TrackedRunId run, string name) =>
        Path.Combine(DirectoryOf(experiment, run), ArtifactNames.Normalize(name).Replace('/', Path.DirectorySeparatorChar));

    /// <summary>
    /// Stores <paramref name="content"/>, from its position to its end, as artifact <paramref name="name"/> and
    /// returns its size. A failed or cancelled write leaves the previous file, if any, as it was.
    /// </summary>
    /// <exception cref="SluiceException">
    /// The name is not valid, or it clashes with another artifact (a file where it needs a folder, or the reverse).
    /// </exception>
    public async Task<long> WriteAsync(
        ExperimentId experiment, TrackedRunId run, string name, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var normalized = ArtifactNames.Normalize(name);
        var target = PathOf(experiment, run, normalized);
        CheckNoClash(experiment, run, normalized, target);
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            long size;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, useAsync: true))
            {
                await content.CopyToAsync(file, CopyBufferSize, cancellationToken).ConfigureAwait(false);
                size = file.Length;
            }

            File.Move(temp, target, overwrite: true);
            return size;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Stores a copy of the file at <paramref name="sourcePath"/> as artifact <paramref name="name"/>.</summary>
    /// <exception cref="SluiceException">There is no such file, or the name is not valid or clashes.</exception>
    public async Task<long> CopyFileAsync(
        ExperimentId experiment, TrackedRunId run, string name, string sourcePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        var full = Path.GetFullPath(sourcePath);
        if (!File.Exists(full))
        {
            throw new SluiceException($"Artifact '{name}' cannot be logged from {full}: there is no such file.");
        }

        await using var source = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, useAsync: true);
        return await WriteAsync(experiment, run, name, source, cancellationToken).ConfigureAwait(false);
    }

    // 'model' as a file and 'model/model.zip' cannot both exist; saying so beats an IOException about a path.
    private void CheckNoClash(ExperimentId experiment, TrackedRunId run, string name, string target)
    {
        if (Directory.Exists(target))
        {
            throw new SluiceException(
                $"Artifact '{name}' of tracked run {run} cannot be written: '{name}' is already a folder of artifacts.");
        }

        var segments = name.Split('/');
        var runFolder = DirectoryOf(experiment, run);
        for (var i = 1; i < segments.Length; i++)
        {
            var parent = string.Join('/', segments[..i]);
            if (File.Exists(Path.Combine(runFolder, parent.Replace('/', Path.DirectorySeparatorChar))))
            {
                throw new SluiceException(
                    $"Artifact '{name}' of tracked run {run} cannot be written: '{parent}' is already an artifact file, not a folder.");
            }
        }
    }
}
