using Sluice.Core;
using Sluice.Storage.Sqlite;

namespace Sluice.Engine.Tests.Support;

/// <summary>A project in a temporary folder, written file by file by a test, with its own SQLite database.</summary>
public sealed class TempProject : IAsyncDisposable
{
    private SqliteMetadataStore? _store;
    private SluiceProject? _project;

    public TempProject(string name = "test")
    {
        Root = Path.Combine(Path.GetTempPath(), "sluice-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Root);
        Write("sluice.yaml", $"name: {name}\n");
    }

    public string Root { get; }

    public TempProject Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public async Task<SluiceProject> OpenAsync(TimeProvider? clock = null)
    {
        if (_project is null)
        {
            _store = await SqliteMetadataStore.OpenAsync(Path.Combine(Root, ".sluice", "sluice.db"), clock);
            _project = SluiceProject.Open(Root, _store, clock);
        }

        return _project;
    }

    public IMetadataStore Store => _store ?? throw new InvalidOperationException("Open the project first.");

    public async ValueTask DisposeAsync()
    {
        _project?.Dispose();
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A collectible load context may still hold a file for a moment; the temp folder is not worth failing over.
        }
    }
}
