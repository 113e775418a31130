namespace Sluice.Engine.Compilation;

/// <summary>
/// Compiled assemblies by content key: the latest image per slot (a source path) in memory, every image on disk as
/// <c>&lt;key&gt;.dll</c>. A disk problem only costs a compile; it never fails one.
/// </summary>
internal sealed class AssemblyCache(string directory)
{
    private readonly Dictionary<string, (string Key, byte[] Image)> _recent = new(StringComparer.Ordinal);

    public byte[]? TryGet(string slot, string key)
    {
        if (_recent.TryGetValue(slot, out var recent) && recent.Key == key)
        {
            return recent.Image;
        }

        try
        {
            var image = File.ReadAllBytes(PathOf(key));
            _recent[slot] = (key, image);
            return image;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Put(string slot, string key, byte[] image)
    {
        _recent[slot] = (key, image);
        var temp = PathOf(key) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(temp, image);

            // A rename is atomic: a reader sees no file or the whole file, even if this process dies mid-write.
            File.Move(temp, PathOf(key), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
        }
    }

    private string PathOf(string key) => Path.Combine(directory, key + ".dll");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A stray temp file is harmless; the next write of this key uses a new name.
        }
    }
}
