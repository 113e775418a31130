namespace Sluice.Engine.Projects;

/// <summary>Paths inside a project: always relative to its root, with '/' separators, never escaping it.</summary>
internal static class ProjectPaths
{
    public const string ProjectFile = "sluice.yaml";
    public const string PipelinesFolder = "pipelines";
    public const string PipelineFile = "pipeline.yaml";

    /// <summary>The folder, inside the project's state folder, that tracked runs keep their artifacts in.</summary>
    public const string ArtifactsFolder = "artifacts";

    public static string Relative(string projectRoot, string path) =>
        Path.GetRelativePath(projectRoot, path).Replace('\\', '/');

    public static string PipelineFilePath(string projectRoot, string pipeline) =>
        Path.Combine(projectRoot, PipelinesFolder, pipeline, PipelineFile);

    /// <summary>The reason <paramref name="path"/> may not name a file of the project, or null when it may.</summary>
    public static string? Problem(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.Length == 0)
        {
            return "is empty";
        }

        if (normalized.StartsWith('/') || Path.IsPathRooted(path) || (normalized.Length > 1 && normalized[1] == ':'))
        {
            return "is absolute; write it relative to the project root";
        }

        return normalized.Split('/').Contains("..")
            ? "leaves the project folder ('..'); block files must live inside the project"
            : null;
    }

    /// <summary>The path with '/' separators and no "./" segments.</summary>
    public static string Normalize(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Where(part => part is not ("" or ".")));

    public static string Absolute(string projectRoot, string relative) =>
        Path.Combine(projectRoot, relative.Replace('/', Path.DirectorySeparatorChar));
}
