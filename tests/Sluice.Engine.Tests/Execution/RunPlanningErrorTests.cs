using Sluice.Core;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.Execution;

public sealed class RunPlanningErrorTests
{
    [Fact]
    public async Task Run_WhenABlockDoesNotCompile_NamesFileLineAndColumn_AndNoBlockRuns()
    {
        await using var temp = new TempProject()
            .Write("data_loaders/load.cs", """
                public static class Load
                {
                    [DataLoader]
                    public static int Run(BlockContext context)
                    {
                        File.WriteAllText(Path.Combine(context.Run.ProjectDirectory, "ran.txt"), "yes");
                        return 1;
                    }
                }
                """)
            .Write("transformers/broken.cs", """
                public static class Broken
                {
                    [Transformer]
                    public static int Run(int value) => value + missing;
                }
                """)
            .Write("pipelines/p/pipeline.yaml", """
                blocks:
                  - name: load
                    kind: data_loader
                  - name: broken
                    kind: transformer
                    upstream: [load]
                """);
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("p"));

        error.Message.ShouldContain("transformers/broken.cs:4:49");
        error.Message.ShouldContain("CS0103");
        File.Exists(Path.Combine(temp.Root, "ran.txt")).ShouldBeFalse();
        (await temp.Store.Runs.ListRunsAsync(RunFilter.All, new PageRequest())).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Run_WhenAnUpstreamOutputDoesNotFitAParameter_NamesBlockParameterAndBothTypes()
    {
        await using var temp = new TempProject()
            .Write("data_loaders/load.cs", """
                public static class Load
                {
                    [DataLoader]
                    public static string Run() => "text";
                }
                """)
            .Write("transformers/count.cs", """
                public static class Count
                {
                    [Transformer]
                    public static long Run(DataFrame frame) => frame.Rows.Count;
                }
                """)
            .Write("pipelines/p/pipeline.yaml", """
                blocks:
                  - name: load
                    kind: data_loader
                  - name: count
                    kind: transformer
                    upstream: [load]
                """);
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("p"));

        error.Message.ShouldContain("'count'");
        error.Message.ShouldContain("'frame'");
        error.Message.ShouldContain("DataFrame");
        error.Message.ShouldContain("String");
    }

    [Fact]
    public async Task Run_WhenThePipelineDoesNotExist_ListsTheOnesThatDo()
    {
        await using var temp = new TempProject()
            .Write("custom/one.cs", "public static class One { [Custom] public static int Run() => 1; }")
            .Write("pipelines/real/pipeline.yaml", "blocks:\n  - name: one\n    kind: custom\n");
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("imaginary"));

        error.Message.ShouldContain("imaginary");
        error.Message.ShouldContain("real");
    }

    [Fact]
    public async Task Run_ABlockCannotSeeTheHostsOwnTypes_OnlyWhatBlocksArePromised()
    {
        // The host here is the test assembly; a CLI, a server or a benchmark must not leak its types into blocks.
        await using var temp = new TempProject()
            .Write("custom/peek.cs", """
                public static class Peek
                {
                    [Custom]
                    public static string Run() => typeof(Sluice.Engine.Tests.Support.TempProject).Name;
                }
                """)
            .Write("pipelines/p/pipeline.yaml", "blocks:\n  - name: peek\n    kind: custom\n");
        var project = await temp.OpenAsync();

        var error = await Should.ThrowAsync<SluiceException>(() => project.RunAsync("p"));

        error.Message.ShouldContain("custom/peek.cs:4:");
        error.Message.ShouldContain("Engine");
    }
}
