using Sluice.Core;
using Sluice.Sdk;

namespace Sluice.Engine.Projects;

/// <summary>
/// Creates projects, pipelines and blocks on disk (<c>sluice init</c>, <c>sluice new</c>, the browser editor). Each
/// operation validates everything first: a refused request changes nothing.
/// </summary>
public static class ProjectScaffolder
{
    private const string StateIgnore = ".sluice/";

    /// <summary>
    /// Makes <paramref name="directory"/> a project: sluice.yaml with commented defaults, the kind folders, utils/,
    /// pipelines/ and a .gitignore that keeps .sluice/ out of git. Refuses a folder that already has sluice.yaml.
    /// </summary>
    public static void InitProject(string directory, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var root = Path.GetFullPath(directory);
        if (string.IsNullOrWhiteSpace(name) || name.Any(char.IsControl))
        {
            throw new SluiceException($"'{name}' is not a project name; use one line of text");
        }

        var projectFile = Path.Combine(root, ProjectPaths.ProjectFile);
        if (File.Exists(projectFile))
        {
            throw new SluiceException($"'{root}' is already a Sluice project: it has a {ProjectPaths.ProjectFile}");
        }

        foreach (var folder in BlockKinds.Folders.Append("utils").Append(ProjectPaths.PipelinesFolder))
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
        }

        File.WriteAllText(projectFile, ProjectFileTemplate.For(name));
        IgnoreStateFolder(Path.Combine(root, ".gitignore"));
    }

    /// <summary>Creates an empty pipeline; refuses a bad name or a pipeline that exists.</summary>
    public static PipelineDefinition CreatePipeline(ProjectDefinition project, PipelineId id, string? description)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (!ProjectNames.IsValidPipelineName(id.Value))
        {
            throw new SluiceException($"'{id}' is not a valid pipeline name; use {ProjectNames.PipelineNameRule}");
        }

        var path = ProjectPaths.PipelineFilePath(project.RootDirectory, id.Value);
        if (File.Exists(path))
        {
            throw new SluiceException($"Pipeline '{id}' already exists ({ProjectPaths.Relative(project.RootDirectory, path)})");
        }

        var text = string.IsNullOrWhiteSpace(description) ? null : description;
        PipelineYamlWriter.WriteFile(new PipelineDefinition(
            id, text, [], new Dictionary<string, object?>(), ExecutionSettings.None, path));
        return ProjectLoader.LoadPipeline(project, id);
    }

    /// <summary>
    /// Appends a block to pipeline <paramref name="id"/> and, when its file does not exist yet, writes the file from
    /// the kind's template (an existing file is reused: blocks are shared across pipelines). Refuses a bad name, a
    /// name the pipeline already has, or an unknown upstream block.
    /// </summary>
    public static BlockDefinition AddBlock(
        ProjectDefinition project, PipelineId id, string blockName, BlockKind kind, IReadOnlyList<string> upstream)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(upstream);
        var pipeline = ProjectLoader.LoadPipeline(project, id);
        if (!ProjectNames.IsValidBlockName(blockName))
        {
            throw new SluiceException($"'{blockName}' is not a valid block name; use {ProjectNames.BlockNameRule}");
        }

        if (pipeline.FindBlock(blockName) is not null)
        {
            throw new SluiceException($"Pipeline '{id}' already has a block named '{blockName}'");
        }

        foreach (var name in upstream)
        {
            if (pipeline.FindBlock(name) is null)
            {
                throw new SluiceException(pipeline.Blocks.Count == 0
                    ? $"block '{blockName}' names upstream '{name}', but pipeline '{id}' has no blocks yet"
                    : $"block '{blockName}' names upstream '{name}', which is not a block of pipeline '{id}'; it has: {string.Join(", ", pipeline.Blocks.Select(b => b.Name))}");
            }
        }

        if (upstream.Distinct(StringComparer.Ordinal).Count() != upstream.Count)
        {
            throw new SluiceException($"block '{blockName}' names the same upstream block twice");
        }

        var block = new BlockDefinition(
            blockName, kind, BlockKinds.DefaultSourcePath(kind, blockName), [.. upstream], ExecutionSettings.None);
        var file = ProjectPaths.Absolute(project.RootDirectory, block.SourcePath);
        if (!File.Exists(file))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, BlockTemplates.For(kind, blockName));
        }

        PipelineYamlWriter.WriteFile(pipeline with { Blocks = [.. pipeline.Blocks, block] });
        return block;
    }

    private static void IgnoreStateFolder(string gitignore)
    {
        if (!File.Exists(gitignore))
        {
            File.WriteAllText(gitignore, StateIgnore + Environment.NewLine);
            return;
        }

        var lines = File.ReadAllLines(gitignore);
        if (lines.Any(line => line.Trim() is StateIgnore or ".sluice" or "/.sluice/" or "/.sluice"))
        {
            return;
        }

        var text = File.ReadAllText(gitignore);
        var separator = text.Length == 0 || text.EndsWith('\n') ? string.Empty : Environment.NewLine;
        File.AppendAllText(gitignore, separator + StateIgnore + Environment.NewLine);
    }
}
