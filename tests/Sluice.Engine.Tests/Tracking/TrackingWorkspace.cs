using Microsoft.Extensions.Time.Testing;

using Sluice.Core;
using Sluice.Engine.Tracking;
using Sluice.Storage.Sqlite;

namespace Sluice.Engine.Tests.Tracking;

/// <summary>A real SQLite store and artifact folder in a temp folder, with a tracker and a registry over them.</summary>
public sealed class TrackingWorkspace : IAsyncDisposable
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private TrackingWorkspace(string root, SqliteMetadataStore store)
    {
        Root = root;
        Store = store;
        Artifacts = new ArtifactStore(Path.Combine(root, ".sluice", "artifacts"));
        Tracker = new ExperimentTracker(store, Artifacts, Clock);
        Models = new ModelRegistry(store, Artifacts, Clock);
    }

    public string Root { get; }

    public FakeTimeProvider Clock { get; } = new(T0);

    public SqliteMetadataStore Store { get; }

    public ArtifactStore Artifacts { get; }

    public ExperimentTracker Tracker { get; }

    public ModelRegistry Models { get; }

    public static async Task<TrackingWorkspace> OpenAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "sluice-tests", $"tracking-{Guid.NewGuid():N}");
        var store = await SqliteMetadataStore.OpenAsync(Path.Combine(root, ".sluice", "sluice.db"));
        return new TrackingWorkspace(root, store);
    }

    public async Task<TrackedRun> RecordOfAsync(string trackedRunId) =>
        (await Store.Tracking.FindRunAsync(new TrackedRunId(trackedRunId))).ShouldNotBeNull();

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
