using System.CommandLine;
using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Cli.Commands;

/// <summary><c>sluice new pipeline|block</c>: adds a pipeline, or a block from its kind's template.</summary>
internal static class NewCommand
{
    public static Command Create(CliConsole console) =>
        new("new", "Add a pipeline or a block to the project.") { Pipeline(console), Block(console) };

    private static Command Pipeline(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "The pipeline's name (letters, digits, _)." };
        var description = new Option<string?>("--description") { Description = "What the pipeline is for." };
        var project = CommonOptions.Project();
        var command = new Command("pipeline", "Create an empty pipeline.") { name, description, project };
        command.SetAction(parse =>
        {
            var definition = ProjectLoader.LoadProject(ProjectFolder.Resolve(parse.GetValue(project)!));
            var pipeline = ProjectScaffolder.CreatePipeline(definition, new PipelineId(parse.GetValue(name)!), parse.GetValue(description));
            console.Out.WriteLine($"Created pipeline '{pipeline.Id}' in {Path.GetRelativePath(definition.RootDirectory, pipeline.SourcePath)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Block(CliConsole console)
    {
        var pipelineName = new Argument<string>("pipeline") { Description = "The pipeline to add the block to." };
        var name = new Argument<string>("name") { Description = "The block's name (letters, digits, _)." };
        var kind = new Option<string>("--kind")
        {
            Description = "The block's kind: " + string.Join(", ", BlockKinds.Names) + ".",
            Required = true,
        };
        var upstream = new Option<string[]>("--upstream")
        {
            Description = "Blocks whose outputs feed this one, in parameter order.",
            AllowMultipleArgumentsPerToken = true,
        };
        var project = CommonOptions.Project();
        var command = new Command("block", "Add a block, from its kind's template, to a pipeline.") { pipelineName, name, kind, upstream, project };
        command.SetAction(parse =>
        {
            if (!BlockKinds.TryParse(parse.GetValue(kind), out var blockKind))
            {
                throw new SluiceException($"--kind '{parse.GetValue(kind)}' is not a block kind; use one of: {string.Join(", ", BlockKinds.Names)}.");
            }

            var definition = ProjectLoader.LoadProject(ProjectFolder.Resolve(parse.GetValue(project)!));
            var upstreamNames = (parse.GetValue(upstream) ?? []).SelectMany(u => u.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var block = ProjectScaffolder.AddBlock(definition, new PipelineId(parse.GetValue(pipelineName)!), parse.GetValue(name)!, blockKind, upstreamNames);
            console.Out.WriteLine($"Added block '{block.Name}' ({BlockKinds.YamlName(block.Kind)}) in {block.SourcePath}");
            return ExitCodes.Success;
        });
        return command;
    }
}
