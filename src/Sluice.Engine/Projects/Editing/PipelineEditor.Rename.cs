using Sluice.Core;

namespace Sluice.Engine.Projects;

public static partial class PipelineEditor
{
    /// <summary>
    /// Renames block <paramref name="oldName"/> to <paramref name="newName"/>, rewriting the upstream lists that name
    /// it and its charts. A file at the block's default path that nothing else uses (no other block of this pipeline,
    /// no other pipeline of the project) moves to the new default path; otherwise the file stays and pipeline.yaml
    /// names it with <c>file:</c>. Refuses a bad or taken name, or a move onto a file that exists. The C# inside
    /// the file is not changed: blocks are found by attribute, not by class name.
    /// </summary>
    public static PipelineDefinition RenameBlock(ProjectDefinition project, PipelineId id, string oldName, string newName)
    {
        lock (Gate)
        {
            var pipeline = Load(project, id);
            var block = RequireBlock(pipeline, oldName);
            if (!ProjectNames.IsValidBlockName(newName))
            {
                throw new SluiceException($"'{newName}' is not a valid block name; use {ProjectNames.BlockNameRule}");
            }

            if (newName == oldName)
            {
                return pipeline;
            }

            if (pipeline.FindBlock(newName) is not null)
            {
                throw new SluiceException($"Pipeline '{id}' already has a block named '{newName}'");
            }

            // A data-product block has no file to move.
            var move = block.DataProduct is null
                && block.SourcePath == BlockKinds.DefaultSourcePath(block.Kind, oldName)
                && !IsFileShared(project, pipeline, block);
            var newPath = move ? BlockKinds.DefaultSourcePath(block.Kind, newName) : block.SourcePath;
            var from = move ? ProjectFiles.ResolveInside(project.RootDirectory, block.SourcePath) : string.Empty;
            var to = move ? ProjectFiles.ResolveInside(project.RootDirectory, newPath) : string.Empty;
            if (move && (File.Exists(to) || Directory.Exists(to)))
            {
                throw new SluiceException($"Cannot rename block '{oldName}' to '{newName}': {newPath} already exists "
                    + "(another block's file, or one a removed block left); pick another name or move that file away");
            }

            var renamed = pipeline with
            {
                Blocks = [.. pipeline.Blocks.Select(b => b.Name == oldName
                    ? b with { Name = newName, SourcePath = newPath }
                    : b with { Upstream = [.. b.Upstream.Select(u => u == oldName ? newName : u)] })],
                Charts = [.. pipeline.Charts.Select(c => c.Block == oldName ? c with { Block = newName } : c)],
            };
            return move ? SaveWithMove(project, renamed, from, to) : Save(project, renamed);
        }
    }

    private static PipelineDefinition SaveWithMove(ProjectDefinition project, PipelineDefinition pipeline, string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Move(from, to);
        try
        {
            ProjectFiles.WriteAtomically(PipelineFile(project, pipeline.Id), PipelineYamlWriter.Write(pipeline));
        }
        catch
        {
            File.Move(to, from);
            throw;
        }

        return ProjectLoader.LoadPipeline(project, pipeline.Id);
    }

    // A pipeline that does not load cannot say which files it uses; it counts as a user when its text names the
    // block at all, which errs on the side of leaving the file where it is.
    private static bool IsFileShared(ProjectDefinition project, PipelineDefinition pipeline, BlockDefinition block)
    {
        if (pipeline.Blocks.Any(b => b.Name != block.Name && b.SourcePath == block.SourcePath))
        {
            return true;
        }

        foreach (var other in ProjectLoader.ListPipelines(project).Where(p => p != pipeline.Id))
        {
            try
            {
                if (ProjectLoader.LoadPipeline(project, other).Blocks.Any(b => b.SourcePath == block.SourcePath))
                {
                    return true;
                }
            }
            catch (SluiceException)
            {
                var text = File.ReadAllText(ProjectPaths.PipelineFilePath(project.RootDirectory, other.Value));
                if (text.Contains(block.Name, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
