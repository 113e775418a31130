using System.Text.Json;

using Sluice.Core;

namespace Sluice.Engine.Outputs;

public sealed partial class OutputStore
{
    /// <summary>
    /// Stores the outputs of one block run, replacing what was stored for the same key. When any output cannot be
    /// stored, nothing changes: the previous outputs stay and no partial folder is left.
    /// </summary>
    /// <exception cref="SluiceException">An output has a type no serializer takes, or writing it failed.</exception>
    public async Task WriteAsync(
        BlockKey key, IReadOnlyList<BlockOutputValue> outputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        string target = DirectoryOf(key);

        // Choose every serializer before touching the disk, so an unstorable value changes nothing.
        IOutputSerializer?[] chosen = [.. outputs.Select(output => Choose(key, output))];

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string temp = $"{target}.tmp-{Guid.NewGuid():N}";
        Directory.CreateDirectory(temp);
        try
        {
            // Outputs are separate files: a block with several (a tuple) writes them side by side.
            var entries = new OutputManifestEntry[outputs.Count];
            await Parallel.ForAsync(0, outputs.Count, cancellationToken, (i, _) =>
            {
                entries[i] = WriteOne(key, outputs[i], chosen[i], i, temp);
                return ValueTask.CompletedTask;
            });

            var manifest = new OutputManifest(OutputManifest.CurrentVersion, key.Block, entries);
            await using (FileStream stream = File.Create(Path.Combine(temp, ManifestFile)))
            {
                await JsonSerializer.SerializeAsync(stream, manifest, ManifestOptions, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            Replace(temp, target);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private IOutputSerializer? Choose(BlockKey key, BlockOutputValue output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (output.Value is null)
        {
            return null;
        }

        Type type = output.Value.GetType();
        return _serializers.FindFor(type) ?? throw new SluiceException(
            $"Output '{output.Name}' of block '{key.Block}' is a {type.FullName}, which Sluice cannot store " +
            $"(formats: {string.Join(", ", _serializers.Serializers.Select(s => s.Format))}). Return a DataFrame, " +
            "an ML.NET model or data view, or plain values that System.Text.Json can read back.");
    }

    private static OutputManifestEntry WriteOne(
        BlockKey key, BlockOutputValue output, IOutputSerializer? serializer, int index, string directory)
    {
        string declared = TypeNames.Of(output.DeclaredType);
        if (output.Value is null || serializer is null)
        {
            return new OutputManifestEntry(output.Name, declared, null, NullFormat, null);
        }

        Type type = output.Value.GetType();
        string file = $"{index}-{SafeFileName(output.Name)}{serializer.FileExtension}";
        try
        {
            serializer.Write(output.Value, Path.Combine(directory, file));
        }
        catch (Exception e) when (e is not OperationCanceledException and not SluiceException)
        {
            throw new SluiceException(
                $"Could not store output '{output.Name}' of block '{key.Block}' ({type.FullName}) as " +
                $"{serializer.Format}: {e.Message}", e);
        }

        return new OutputManifestEntry(output.Name, declared, TypeNames.Of(type), serializer.Format, file);
    }

    private void Replace(string temp, string target)
    {
        lock (_replaceLock)
        {
            if (!Directory.Exists(target))
            {
                Directory.Move(temp, target);
                return;
            }

            // A folder cannot be renamed over a non-empty one: move the old aside first. If the process dies between
            // the two moves, the next reader puts the old folder back (RecoverInterruptedReplace).
            string old = $"{target}.old-{Guid.NewGuid():N}";
            Directory.Move(target, old);
            Directory.Move(temp, target);
            TryDelete(old);
        }
    }

    private void RecoverInterruptedReplace(string target)
    {
        string? parent = Path.GetDirectoryName(target);
        if (Directory.Exists(target) || parent is null || !Directory.Exists(parent))
        {
            return;
        }

        lock (_replaceLock)
        {
            string? old = Directory.EnumerateDirectories(parent, $"{Path.GetFileName(target)}.old-*")
                .FirstOrDefault(path => File.Exists(Path.Combine(path, ManifestFile)));
            if (old is not null && !Directory.Exists(target))
            {
                Directory.Move(old, target);
            }
        }
    }

    private static string SafeFileName(string name)
    {
        string safe = new([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);
        return safe.Length > 60 ? safe[..60] : safe;
    }
}
