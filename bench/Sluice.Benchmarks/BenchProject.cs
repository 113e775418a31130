using Sluice.Engine;
using Sluice.Storage.Sqlite;

namespace Sluice.Benchmarks;

/// <summary>A project in a temporary folder with its own SQLite database, as a user's would be.</summary>
internal sealed class BenchProject : IAsyncDisposable
{
    private BenchProject(string root, SqliteMetadataStore store, SluiceProject project)
    {
        Root = root;
        Store = store;
        Project = project;
    }

    public string Root { get; }

    public SqliteMetadataStore Store { get; }

    public SluiceProject Project { get; }

    public static string NewFolder(string name)
    {
        var root = Path.Combine(Path.GetTempPath(), "sluice-bench", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        return root;
    }

    public static async Task<BenchProject> OpenAsync(string root)
    {
        var store = await SqliteMetadataStore.OpenAsync(Path.Combine(root, ".sluice", "sluice.db"));
        return new BenchProject(root, store, SluiceProject.Open(root, store));
    }

    public async ValueTask DisposeAsync()
    {
        Project.Dispose();
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not worth failing a benchmark over.
        }
    }
}
