using Sluice.Core;
using Sluice.Engine.Execution;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.Execution;

public sealed class RunScopeTests
{
    // Each block appends its name to a file, so a test can see exactly which blocks executed.
    private static string Block(string name, string kind, string? input) => $$"""
        public static class {{char.ToUpperInvariant(name[0]) + name[1..]}}
        {
            [{{kind}}]
            public static string Run({{(input is null ? "" : "string upstream, ")}}BlockContext context)
            {
                File.AppendAllText(Path.Combine(context.Run.ProjectDirectory, "executed.txt"), "{{name}};");
                return {{(input is null ? "\"" + name + "\"" : "upstream + \">" + name + "\"")}};
            }
        }
        """;

    private static TempProject ThreeBlocks() => new TempProject()
        .Write("data_loaders/load.cs", Block("load", "DataLoader", null))
        .Write("transformers/shape.cs", Block("shape", "Transformer", "load"))
        .Write("data_exporters/save.cs", Block("save", "DataExporter", "shape"))
        .Write("pipelines/p/pipeline.yaml", """
            blocks:
              - name: load
                kind: data_loader
              - name: shape
                kind: transformer
                upstream: [load]
              - name: save
                kind: data_exporter
                upstream: [shape]
            """);

    [Fact]
    public async Task RunOneBlock_UsesTheLatestSuccessfulUpstreamOutputs_WithoutRerunningThem()
    {
        await using var temp = ThreeBlocks();
        var project = await temp.OpenAsync();
        await project.RunAsync("p");
        File.Delete(Path.Combine(temp.Root, "executed.txt"));

        var result = await project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("save") });

        result.Run.Status.ShouldBe(RunStatus.Completed, result.Run.Error);
        temp.Read("executed.txt").ShouldBe("save;");
        result.Blocks.ShouldHaveSingleItem();
        (await result.ReadOutputAsync<string>("save", "output_0")).ShouldBe("load>shape>save");
    }

    [Fact]
    public async Task RunFrom_RunsTheBlockAndEverythingDownstream()
    {
        await using var temp = ThreeBlocks();
        var project = await temp.OpenAsync();
        await project.RunAsync("p");
        File.Delete(Path.Combine(temp.Root, "executed.txt"));

        var result = await project.RunAsync(new RunRequest("p") { Scope = RunScope.From("shape") });

        temp.Read("executed.txt").ShouldBe("shape;save;");
        result.Blocks.Select(b => b.Run.Key.Block).ShouldBe(["shape", "save"]);
    }

    [Fact]
    public async Task RunOneBlock_WhenItsUpstreamNeverSucceeded_SaysSoAndRunsNothing()
    {
        await using var temp = ThreeBlocks();
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("save") }));

        error.Message.ShouldContain("Block 'shape' has no stored outputs from a successful run yet");
        File.Exists(Path.Combine(temp.Root, "executed.txt")).ShouldBeFalse();
        (await temp.Store.Runs.ListRunsAsync(RunFilter.All, new PageRequest())).Total.ShouldBe(0);
    }

    [Fact]
    public async Task RunOneBlock_WhenTheBlockIsUnknown_NamesTheBlocksThePipelineHas()
    {
        await using var temp = ThreeBlocks();
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync(new RunRequest("p") { Scope = RunScope.Only("sav") }));

        error.Message.ShouldBe("Pipeline 'p' has no block 'sav'; it has: load, shape, save.");
    }
}
