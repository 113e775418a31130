using Sluice.Core;

namespace Sluice.Engine.Projects;

/// <summary>
/// Loads a project folder (Mage's layout): sluice.yaml, and pipelines under <c>pipelines/&lt;name&gt;/pipeline.yaml</c>.
/// Every mistake in a file is one <see cref="SluiceException"/> naming the file, line and column.
/// </summary>
public static class ProjectLoader
{
    /// <summary>Reads the project in <paramref name="directory"/> (its sluice.yaml).</summary>
    public static ProjectDefinition LoadProject(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (!Directory.Exists(root))
        {
            throw new SluiceException($"Project folder '{root}' does not exist");
        }

        return File.Exists(Path.Combine(root, ProjectPaths.ProjectFile))
            ? ProjectFileReader.Read(root)
            : throw new SluiceException($"'{root}' is not a Sluice project: it has no {ProjectPaths.ProjectFile}");
    }

    /// <summary>
    /// The nearest folder at or above <paramref name="directory"/> that holds a sluice.yaml, so commands work from
    /// anywhere inside a project, as git's do; null when there is none.
    /// </summary>
    public static string? FindProjectRoot(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        for (var folder = new DirectoryInfo(Path.GetFullPath(directory)); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ProjectPaths.ProjectFile)))
            {
                return Path.TrimEndingDirectorySeparator(folder.FullName);
            }
        }

        return null;
    }

    /// <summary>The pipelines of <paramref name="project"/>: folders under pipelines/ holding a pipeline.yaml.</summary>
    public static IReadOnlyList<PipelineId> ListPipelines(ProjectDefinition project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var folder = Path.Combine(project.RootDirectory, ProjectPaths.PipelinesFolder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return
        [
            .. Directory.EnumerateDirectories(folder)
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => ProjectNames.IsValidPipelineName(name)
                    && File.Exists(ProjectPaths.PipelineFilePath(project.RootDirectory, name)))
                .Order(StringComparer.Ordinal)
                .Select(name => new PipelineId(name)),
        ];
    }

    /// <summary>Reads and validates the pipeline <paramref name="id"/> of <paramref name="project"/>.</summary>
    public static PipelineDefinition LoadPipeline(ProjectDefinition project, PipelineId id)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (!ProjectNames.IsValidPipelineName(id.Value))
        {
            throw new SluiceException($"'{id}' is not a valid pipeline name; use {ProjectNames.PipelineNameRule}");
        }

        var path = ProjectPaths.PipelineFilePath(project.RootDirectory, id.Value);
        return File.Exists(path)
            ? PipelineFileReader.Read(project, id, path)
            : throw NoSuchPipeline(project, id);
    }

    /// <summary>The error for a pipeline the project does not have, listing those it has.</summary>
    internal static SluiceException NoSuchPipeline(ProjectDefinition project, PipelineId id)
    {
        var existing = ListPipelines(project);
        return new SluiceException(existing.Count == 0
            ? $"Pipeline '{id}' does not exist; the project has no pipelines"
            : $"Pipeline '{id}' does not exist; the project has: {string.Join(", ", existing)}");
    }
}
