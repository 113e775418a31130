using Sluice.Core;
using Sluice.Engine.Tests.Support;
using Sluice.Server.Workspace;

namespace Sluice.Server.Tests.Components;

/// <summary>
/// A temp copy of an example project, open as the server opens it (project, SQLite store, run machinery), for the
/// components to read and write. Deleted on disposal.
/// </summary>
public sealed class ExampleProject : IAsyncDisposable
{
    private ExampleProject(string root, ProjectHandle handle)
    {
        Root = root;
        Handle = handle;
    }

    /// <summary>The copy's folder.</summary>
    public string Root { get; }

    /// <summary>The open project.</summary>
    public ProjectHandle Handle { get; }

    /// <summary>Copies examples/<paramref name="example"/> to a temp folder and opens it.</summary>
    public static async Task<ExampleProject> OpenAsync(string example)
    {
        var root = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", example));
        return new ExampleProject(root, await ProjectHandle.OpenAsync(Path.GetFileName(root), root, TimeProvider.System));
    }

    /// <summary>Pipeline <paramref name="name"/> as it is on disk now.</summary>
    public PipelineDefinition Pipeline(string name) => Handle.Project.LoadPipeline(name);

    /// <summary>The path of pipeline <paramref name="name"/>'s pipeline.yaml.</summary>
    public string PipelineFile(string name) => Path.Combine(Root, "pipelines", name, "pipeline.yaml");

    /// <summary>
    /// Every file of the project outside .sluice, by relative path, with its bytes as text: equal snapshots mean
    /// nothing was written, added or deleted.
    /// </summary>
    public IReadOnlyDictionary<string, string> Snapshot() => Directory
        .EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .Select(file => Path.GetRelativePath(Root, file))
        .Where(relative => !relative.StartsWith(".sluice", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToDictionary(relative => relative, relative => Convert.ToBase64String(File.ReadAllBytes(Path.Combine(Root, relative))));

    public async ValueTask DisposeAsync()
    {
        await Handle.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // SQLite's pool may hold the database a moment longer; a leftover temp folder harms nobody.
        }
    }
}
