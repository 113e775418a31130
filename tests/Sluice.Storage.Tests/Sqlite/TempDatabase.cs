namespace Sluice.Storage.Tests.Sqlite;

/// <summary>A database path in a fresh temp folder that is deleted with everything in it.</summary>
public sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sluice-storage-tests", Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Folder, ".sluice", "sluice.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
