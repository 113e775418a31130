namespace Sluice.Engine.Compilation;

/// <summary>
/// Compiled assemblies by content key, on disk as <c>&lt;key&gt;.dll</c>. Only a source the compiler has not loaded
/// yet is looked up here, so images are not also kept in memory. A disk problem only costs a compile; it never fails one.
/// </summary>
internal sealed class AssemblyCache(string directory)
{
    public byte[]? TryGet(string key)
    {
        try
        {
            return File.ReadAllBytes(PathOf(key));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Put(string key, byte[] image)
    {
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
