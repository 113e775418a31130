using System.Text.Json;

using Sluice.Core;

namespace Sluice.Engine.Outputs;

/// <summary>
/// Keeps every output of every block run under <c>&lt;root&gt;/&lt;pipeline&gt;/&lt;run&gt;/&lt;block&gt;/</c>: a
/// <c>manifest.json</c> listing the outputs in order, and one file per output in a format chosen by its runtime type.
/// Writes are atomic: everything is written to a sibling temp folder that is then moved into place, so a reader sees
/// the old outputs or the new ones, never half of either.
/// </summary>
public sealed partial class OutputStore
{
    private const string ManifestFile = "manifest.json";
    private const string NullFormat = "null";

    private static readonly JsonSerializerOptions ManifestOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    private readonly string _root;
    private readonly OutputSerializerRegistry _serializers;
    private readonly Lock _replaceLock = new();

    /// <param name="outputsRoot">Usually <c>&lt;project&gt;/.sluice/outputs</c>; created on first write.</param>
    /// <param name="serializers">The formats to use; <see cref="OutputSerializerRegistry.CreateDefault"/> if null.</param>
    public OutputStore(string outputsRoot, OutputSerializerRegistry? serializers = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputsRoot);
        _root = Path.GetFullPath(outputsRoot);
        _serializers = serializers ?? OutputSerializerRegistry.CreateDefault();
    }

    public string Root => _root;

    public string DirectoryOf(BlockKey key) =>
        Path.Combine(_root, Segment(key.Pipeline.Value, "pipeline"), Segment(key.Run.Value, "run"),
            Segment(key.Block, "block"));

    public bool Exists(BlockKey key)
    {
        string directory = DirectoryOf(key);
        RecoverInterruptedReplace(directory);
        return File.Exists(Path.Combine(directory, ManifestFile));
    }

    /// <summary>The bytes the block's stored outputs take on disk; 0 when there are none.</summary>
    public long SizeOf(BlockKey key)
    {
        string directory = DirectoryOf(key);
        return Directory.Exists(directory)
            ? new DirectoryInfo(directory).EnumerateFiles().Sum(file => file.Length)
            : 0;
    }

    /// <summary>Deletes every stored output of one run; nothing happens when there are none.</summary>
    public void DeleteRun(PipelineId pipeline, RunId run)
    {
        string directory = Path.Combine(_root, Segment(pipeline.Value, "pipeline"), Segment(run.Value, "run"));
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Segment(string value, string what)
    {
        if (string.IsNullOrWhiteSpace(value) || value is "." or ".." ||
            value.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || value.Contains('\\', StringComparison.Ordinal) ||
            value.Contains(".tmp-", StringComparison.Ordinal) || value.Contains(".old-", StringComparison.Ordinal))
        {
            throw new SluiceException($"'{value}' cannot be used as a {what} name for stored outputs.");
        }

        return value;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is ignored by readers and removed with its run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
