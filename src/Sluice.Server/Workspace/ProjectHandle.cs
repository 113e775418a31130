using Sluice.Core;
using Sluice.Engine;
using Sluice.Engine.CodeAssist;
using Sluice.ML.Serving;
using Sluice.Server.Outputs;
using Sluice.Server.Registry;
using Sluice.Server.Runs;
using Sluice.Storage.Sqlite;

namespace Sluice.Server.Workspace;

/// <summary>One project the server has open: the engine's project, its run history and its running runs.</summary>
public sealed class ProjectHandle : IAsyncDisposable
{
    private readonly SqliteMetadataStore _store;
    private readonly Lazy<CodeAssistant> _assistant;
    private readonly TimeProvider _clock;

    private ProjectHandle(string key, SluiceProject project, SqliteMetadataStore store, TimeProvider clock)
    {
        Key = key;
        Project = project;
        _clock = clock;
        _store = store;
        Runs = new RunCoordinator(project, clock);
        Outputs = new OutputCache(project.Outputs);
        _assistant = new Lazy<CodeAssistant>(() => new CodeAssistant(project.Definition.RootDirectory));
        Models = new ServedModels(new RegistryModelSource(project.Models), clock);
    }

    /// <summary>The name the project goes by in URLs and the project selector: its folder's name.</summary>
    public string Key { get; }

    /// <summary>The project's display name, from its sluice.yaml.</summary>
    public string Name => Project.Definition.Name;

    /// <summary>The project's folder.</summary>
    public string Root => Project.Definition.RootDirectory;

    /// <summary>The engine's view of the project.</summary>
    public SluiceProject Project { get; }

    /// <summary>The project's run history.</summary>
    public IMetadataStore Store => _store;

    /// <summary>Starts, watches and cancels the project's runs.</summary>
    public RunCoordinator Runs { get; }

    /// <summary>Recently read block outputs, for paging tables and drawing charts.</summary>
    public OutputCache Outputs { get; }

    /// <summary>
    /// The registered models this project serves over HTTP (<c>/api/projects/{project}/models/{name}/predict</c>):
    /// those of its model registry, unless <see cref="UseModels"/> attached another source.
    /// </summary>
    public ServedModels Models { get; private set; }

    /// <summary>
    /// Serves the models <paramref name="source"/> resolves from now on. Versions already loaded from an earlier source
    /// are let go.
    /// </summary>
    public void UseModels(IModelSource source) => Models = new ServedModels(source, _clock);

    /// <summary>Roslyn's completions and diagnostics for the project's blocks, created on first use.</summary>
    public CodeAssistant Assistant => _assistant.Value;

    /// <summary>
    /// Loads the assistant's references and compiles utils in the background (seconds, once), so the first
    /// completion in the editor is as quick as the rest.
    /// </summary>
    public void WarmUpAssistant()
    {
        if (!_assistant.IsValueCreated)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await AssistGate.WaitAsync();
                    try
                    {
                        await Assistant.WarmUpAsync();
                    }
                    finally
                    {
                        AssistGate.Release();
                    }
                }
                catch (ObjectDisposedException)
                {
                    // The server closed the project while warming up; nothing is left to warm.
                }
            });
        }
    }

    /// <summary>One request at a time into the assistant's workspace, whose documents are replaced per request.</summary>
    internal SemaphoreSlim AssistGate { get; } = new(1, 1);

    /// <summary>Opens the project in <paramref name="root"/> and ends runs a dead process left behind.</summary>
    public static async Task<ProjectHandle> OpenAsync(
        string key, string root, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var store = await SqliteMetadataStore.OpenAsync(
            Path.Combine(root, ".sluice", "sluice.db"), clock, cancellationToken);
        try
        {
            var project = SluiceProject.Open(root, store, clock);
            await project.EndAbandonedRunsAsync(cancellationToken);
            return new ProjectHandle(key, project, store, clock);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Runs.DisposeAsync();
        if (_assistant.IsValueCreated)
        {
            _assistant.Value.Dispose();
        }

        AssistGate.Dispose();
        Project.Dispose();
        await _store.DisposeAsync();
    }
}
