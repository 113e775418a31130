using Sluice.Core;
using Sluice.Engine;
using Sluice.Storage.Sqlite;

namespace Sluice.Cli.Commands;

/// <summary>An open project with its SQLite metadata store, for one command.</summary>
internal sealed class ProjectSession : IAsyncDisposable
{
    private ProjectSession(SluiceProject project, SqliteMetadataStore store)
    {
        Project = project;
        Store = store;
    }

    public SluiceProject Project { get; }

    public IMetadataStore Store { get; }

    public static async Task<ProjectSession> OpenAsync(DirectoryInfo directory, CancellationToken cancellationToken)
    {
        var root = ProjectFolder.Resolve(directory);
        var database = Path.Combine(root, ".sluice", "sluice.db");
        var store = await SqliteMetadataStore.OpenAsync(database, cancellationToken: cancellationToken);
        try
        {
            var project = SluiceProject.Open(root, store);

            // Every command sees the truth: a run whose process was killed is Failed, not Running.
            await project.EndAbandonedRunsAsync(cancellationToken);
            return new ProjectSession(project, store);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Project.Dispose();
        await Store.DisposeAsync();
    }
}
