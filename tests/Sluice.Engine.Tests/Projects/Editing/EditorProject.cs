using Sluice.Core;

namespace Sluice.Engine.Tests.Projects.Editing;

/// <summary>
/// A project of a test's own with pipeline 'p' (ingest -> prepare -> build, a chart of each), and a snapshot of every
/// file on disk so a refused edit can be shown to have changed nothing.
/// </summary>
public sealed class EditorProject : IDisposable
{
    public const string PipelineYaml = """
        description: Taxi trips
        variables:
          target: duration
        blocks:
          - name: ingest
            kind: data_loader
          - name: prepare
            kind: transformer
            upstream: [ingest]
          - name: build
            kind: data_exporter
            upstream: [prepare]
        charts:
          - block: prepare
            type: histogram
            column: trip_distance
            buckets: 50
            filter: "trip_distance <= 20"
          - block: ingest
            type: table
            limit: 10
          - block: build
            type: missing_values

        """;

    public EditorProject()
    {
        Temp.WritePipeline("p", PipelineYaml, "data_loaders/ingest.cs", "transformers/prepare.cs", "data_exporters/build.cs");
    }

    public TempProject Temp { get; } = new();

    public string Root => Temp.Root;

    public PipelineId Id { get; } = new("p");

    public ProjectDefinition Project => Temp.Load();

    public PipelineDefinition Pipeline => Temp.LoadPipeline("p");

    public string PipelinePath => Path.Combine(Root, "pipelines", "p", "pipeline.yaml");

    public string Write(string relativePath, string text) => Temp.Write(relativePath, text);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Root, relativePath));

    /// <summary>Every entry under the root: files with their bytes, links with their targets, folders by name.</summary>
    public IReadOnlyList<string> Snapshot()
    {
        var entries = new List<string>();
        Walk(new DirectoryInfo(Root), entries);
        entries.Sort(StringComparer.Ordinal);
        return entries;
    }

    public void Dispose() => Temp.Dispose();

    private void Walk(DirectoryInfo folder, List<string> entries)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var relative = Path.GetRelativePath(Root, entry.FullName);
            if (entry.LinkTarget is { } target)
            {
                entries.Add($"{relative} -> {target}");
            }
            else if (entry is DirectoryInfo directory)
            {
                entries.Add(relative + "/");
                Walk(directory, entries);
            }
            else
            {
                entries.Add($"{relative}: {Convert.ToBase64String(File.ReadAllBytes(entry.FullName))}");
            }
        }
    }
}
