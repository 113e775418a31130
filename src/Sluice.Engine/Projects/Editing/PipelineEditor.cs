using Sluice.Core;

namespace Sluice.Engine.Projects;

/// <summary>
/// Edits a pipeline on disk for the browser editor. Every operation reloads the pipeline, validates the whole
/// request first and throws <see cref="SluiceException"/> with one clear message on a refusal, in which case nothing
/// on disk has changed. Files are replaced in one step (temporary file and rename), block files are reached only
/// through <see cref="ProjectFiles.ResolveInside"/>, and operations run one at a time within the process so two
/// browser tabs cannot interleave a read and a write. Comments of a hand-edited pipeline.yaml are not kept.
/// </summary>
public static partial class PipelineEditor
{
    private static readonly Lock Gate = new();

    private static BlockDefinition RequireBlock(PipelineDefinition pipeline, string name) =>
        pipeline.FindBlock(name) ?? throw new SluiceException(pipeline.Blocks.Count == 0
            ? $"Pipeline '{pipeline.Id}' has no block '{name}'; it has no blocks"
            : $"Pipeline '{pipeline.Id}' has no block '{name}'; its blocks: {BlockList(pipeline)}");

    private static BlockDefinition RequireCode(BlockDefinition block) =>
        block.DataProduct is null
            ? block
            : throw new SluiceException($"Block '{block.Name}' reuses data product '{block.DataProduct}' and has no source file");

    private static string BlockList(PipelineDefinition pipeline) => string.Join(", ", pipeline.Blocks.Select(b => b.Name));

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    // The pipeline's own file goes through the same check as block files: pipelines/ could be a link.
    private static string PipelineFile(ProjectDefinition project, PipelineId id) =>
        ProjectFiles.ResolveInside(
            project.RootDirectory, $"{ProjectPaths.PipelinesFolder}/{id.Value}/{ProjectPaths.PipelineFile}");

    private static PipelineDefinition Save(ProjectDefinition project, PipelineDefinition pipeline)
    {
        ProjectFiles.WriteAtomically(PipelineFile(project, pipeline.Id), PipelineYamlWriter.Write(pipeline));
        return ProjectLoader.LoadPipeline(project, pipeline.Id);
    }

    private static PipelineDefinition Load(ProjectDefinition project, PipelineId id)
    {
        ArgumentNullException.ThrowIfNull(project);
        return ProjectLoader.LoadPipeline(project, id);
    }
}
