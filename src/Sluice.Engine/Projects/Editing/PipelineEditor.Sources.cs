using Sluice.Core;

namespace Sluice.Engine.Projects;

public static partial class PipelineEditor
{
    /// <summary>The C# source of block <paramref name="block"/> of pipeline <paramref name="id"/>.</summary>
    public static string ReadBlockSource(ProjectDefinition project, PipelineId id, string block)
    {
        lock (Gate)
        {
            return ReadSource(project, RequireBlock(Load(project, id), block));
        }
    }

    /// <summary>
    /// The C# source of <paramref name="block"/>, a block of a pipeline the caller has just loaded, without loading
    /// the pipeline again: the editor reads every block's file when it opens, and reloading the pipeline for each of
    /// fifty blocks cost more than the files (bench: editor-open). Throws <see cref="SluiceException"/> for a
    /// data-product block (it has no file) and for a file that leads outside the project.
    /// </summary>
    public static string ReadBlockSource(ProjectDefinition project, BlockDefinition block)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(block);
        lock (Gate)
        {
            return ReadSource(project, block);
        }
    }

    private static string ReadSource(ProjectDefinition project, BlockDefinition block) =>
        File.ReadAllText(ProjectFiles.ResolveInside(project.RootDirectory, RequireCode(block).SourcePath));

    /// <summary>
    /// Replaces the C# file of block <paramref name="block"/> with <paramref name="source"/>, in one step. The file
    /// may be shared with other pipelines: they see the change too. Returns the pipeline, which is unchanged.
    /// </summary>
    public static PipelineDefinition SaveBlockSource(ProjectDefinition project, PipelineId id, string block, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        lock (Gate)
        {
            var pipeline = Load(project, id);
            var definition = RequireCode(RequireBlock(pipeline, block));
            ProjectFiles.WriteAtomically(ProjectFiles.ResolveInside(project.RootDirectory, definition.SourcePath), source);
            return pipeline;
        }
    }

    /// <summary>
    /// Removes block <paramref name="name"/> and its charts from the pipeline. Its C# file is kept, so nothing is
    /// lost. Refuses while other blocks take its output; the message names them.
    /// </summary>
    public static PipelineDefinition RemoveBlock(ProjectDefinition project, PipelineId id, string name)
    {
        lock (Gate)
        {
            var pipeline = Load(project, id);
            var block = RequireBlock(pipeline, name);
            var downstream = pipeline.Blocks
                .Where(b => b.Upstream.Contains(name, StringComparer.Ordinal))
                .Select(b => b.Name)
                .ToList();
            if (downstream.Count > 0)
            {
                throw new SluiceException(downstream.Count == 1
                    ? $"Cannot remove block '{name}': block {Quoted(downstream)} takes its output; disconnect it first"
                    : $"Cannot remove block '{name}': blocks {Quoted(downstream)} take its output; disconnect them first");
            }

            return Save(project, pipeline with
            {
                Blocks = [.. pipeline.Blocks.Where(b => b.Name != block.Name)],
                Charts = [.. pipeline.Charts.Where(c => c.Block != name)],
            });
        }
    }
}
