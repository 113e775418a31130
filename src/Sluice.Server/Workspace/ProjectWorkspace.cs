using System.Collections.Immutable;

using Sluice.Core;
using Sluice.Engine.Projects;
using Sluice.Server.Hosting;

namespace Sluice.Server.Workspace;

/// <summary>
/// The projects the server has open and where new ones go. Started on a project folder, it opens that project and
/// creates new ones beside it; started on any other folder, it opens every project directly inside it and creates
/// new ones there (the course's <c>unit_0_setup</c>, <c>unit_1_data_prep</c>, ...).
/// </summary>
public sealed class ProjectWorkspace : IAsyncDisposable
{
    private const string ProjectFileName = "sluice.yaml";

    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _changing = new(1, 1);
    private ImmutableList<ProjectHandle> _projects = [];

    private ProjectWorkspace(string projectsFolder, TimeProvider clock)
    {
        ProjectsFolder = projectsFolder;
        _clock = clock;
    }

    /// <summary>Where "New project" creates projects.</summary>
    public string ProjectsFolder { get; }

    /// <summary>The open projects, in the order they were opened.</summary>
    public IReadOnlyList<ProjectHandle> Projects => _projects;

    /// <summary>Raised after a project was opened or created.</summary>
    public event Action? Changed;

    /// <summary>Opens the workspace <paramref name="options"/> describe.</summary>
    public static async Task<ProjectWorkspace> OpenAsync(
        ServerOptions options, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folder = Path.GetFullPath(options.Folder);
        var isProject = File.Exists(Path.Combine(folder, ProjectFileName));
        var workspace = new ProjectWorkspace(isProject ? Path.GetDirectoryName(folder)! : folder, clock);
        try
        {
            var roots = isProject
                ? [folder]
                : Directory.EnumerateDirectories(folder)
                    .Where(d => File.Exists(Path.Combine(d, ProjectFileName)))
                    .Order(StringComparer.Ordinal)
                    .ToList();
            foreach (var root in roots)
            {
                await workspace.AddAsync(root, cancellationToken);
            }

            return workspace;
        }
        catch
        {
            await workspace.DisposeAsync();
            throw;
        }
    }

    /// <summary>The open project <paramref name="key"/>, or null.</summary>
    public ProjectHandle? Find(string key)
    {
        // A loop, not FirstOrDefault: every API request looks its project up, and the lambda cost an allocation each.
        foreach (var project in _projects)
        {
            if (project.Key == key)
            {
                return project;
            }
        }

        return null;
    }

    /// <summary>The open project <paramref name="key"/>.</summary>
    /// <exception cref="SluiceException">No open project has that name.</exception>
    public ProjectHandle Get(string key) => Find(key)
        ?? throw new SluiceException(_projects.IsEmpty
            ? $"There is no project '{key}'; no project is open"
            : $"There is no project '{key}'; open projects: {string.Join(", ", _projects.Select(p => p.Key))}");

    /// <summary>Creates project <paramref name="name"/> in <see cref="ProjectsFolder"/> and opens it.</summary>
    /// <exception cref="SluiceException">The name is not a folder name, or the folder exists.</exception>
    public async Task<ProjectHandle> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!ProjectNames.IsValidPipelineName(name))
        {
            throw new SluiceException($"'{name}' is not a valid project name; use {ProjectNames.PipelineNameRule}");
        }

        await _changing.WaitAsync(cancellationToken);
        try
        {
            var root = Path.Combine(ProjectsFolder, name);
            if (Directory.Exists(root) || Find(name) is not null)
            {
                throw new SluiceException($"A project or folder named '{name}' already exists in {ProjectsFolder}");
            }

            ProjectScaffolder.InitProject(root, name);
            return await AddLockedAsync(root, cancellationToken);
        }
        finally
        {
            _changing.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var project in _projects)
        {
            await project.DisposeAsync();
        }

        _projects = [];
        _changing.Dispose();
    }

    private async Task AddAsync(string root, CancellationToken cancellationToken)
    {
        await _changing.WaitAsync(cancellationToken);
        try
        {
            await AddLockedAsync(root, cancellationToken);
        }
        finally
        {
            _changing.Release();
        }
    }

    private async Task<ProjectHandle> AddLockedAsync(string root, CancellationToken cancellationToken)
    {
        var key = Path.GetFileName(root);
        var handle = await ProjectHandle.OpenAsync(key, root, _clock, cancellationToken);
        _projects = _projects.Add(handle);
        Changed?.Invoke();
        return handle;
    }
}
