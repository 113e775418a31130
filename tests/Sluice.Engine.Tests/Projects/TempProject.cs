using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Engine.Tests.Projects;

/// <summary>A project folder of a test's own under the temp directory, deleted when the test ends.</summary>
public sealed class TempProject : IDisposable
{
    public TempProject(string sluiceYaml = "name: test-project\n")
    {
        Root = Path.Combine(Path.GetTempPath(), "sluice-projects-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("sluice.yaml", sluiceYaml);
    }

    public string Root { get; }

    public ProjectDefinition Load() => ProjectLoader.LoadProject(Root);

    public PipelineDefinition LoadPipeline(string name) => ProjectLoader.LoadPipeline(Load(), new PipelineId(name));

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes pipeline.yaml and an empty block file for every default block path it is likely to name.</summary>
    public string WritePipeline(string name, string yaml, params string[] blockFiles)
    {
        foreach (var file in blockFiles)
        {
            Write(file, "// block\n");
        }

        return Write($"pipelines/{name}/pipeline.yaml", yaml);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
