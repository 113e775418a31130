using Microsoft.Data.Analysis;

using Sluice.Sdk;

using static Sluice.Engine.Tests.Compilation.BlockProject;

namespace Sluice.Engine.Tests.Compilation;

public sealed class BlockInvocationTests
{
    [Fact]
    public async Task Invoke_BlockReturningDataFrame_ReturnsTheFrame()
    {
        using var project = new BlockProject().Write("data_loaders/ingest.cs", """
            public static class Ingest
            {
                [DataLoader]
                public static DataFrame Load() => new(new Int32DataFrameColumn("trips", new[] { 3, 1, 2 }));
            }
            """);
        using var compiler = project.NewCompiler();
        using var compiled = compiler.Compile([Block("ingest", BlockKind.DataLoader, "data_loaders/ingest.cs")]);

        var block = compiled["ingest"];
        var outputs = await block.InvokeAsync([], Context());

        block.Inputs.ShouldBeEmpty();
        block.Outputs.Single().ShouldBe(new Sluice.Engine.Compilation.BlockOutput("output_0", typeof(DataFrame)));
        var frame = outputs.Single().ShouldBeOfType<DataFrame>();
        frame.Rows.Count.ShouldBe(3);
        frame.Columns["trips"][0].ShouldBe(3);
    }

    [Fact]
    public async Task Invoke_TupleResult_GivesOneNamedOutputPerElementAndBindsInputsAroundTheContext()
    {
        using var project = new BlockProject().Write("transformers/prepare.cs", """
            public static class Prepare
            {
                [Transformer]
                public static (DataFrame All, long Rows, string) Run(DataFrame trips, BlockContext context, string label)
                    => (trips, trips.Rows.Count, $"{label}@{context.Run.Block}");
            }
            """);
        using var compiler = project.NewCompiler();
        using var compiled = compiler.Compile([Block("prepare", BlockKind.Transformer, "transformers/prepare.cs")]);
        var block = compiled["prepare"];
        var trips = new DataFrame(new DoubleDataFrameColumn("distance", [1.5, 2.5]));

        var outputs = await block.InvokeAsync([trips, "march"], Context("prepare"));

        block.Inputs.Select(i => (i.Name, i.Type)).ShouldBe([("trips", typeof(DataFrame)), ("label", typeof(string))]);
        block.Outputs.Select(o => (o.Name, o.Type)).ShouldBe([("All", typeof(DataFrame)), ("Rows", typeof(long)), ("output_2", typeof(string))]);
        outputs.ShouldBe([trips, 2L, "march@prepare"]);
    }

    [Fact]
    public async Task Invoke_AsyncBlocks_AwaitTaskAndValueTaskResults()
    {
        using var project = new BlockProject()
            .Write("custom/wait.cs", """
                public static class Wait
                {
                    [Custom]
                    public static async Task<(int Doubled, string Name)> Run(int value, CancellationToken token)
                    {
                        await Task.Delay(10, token);
                        return (value * 2, "waited");
                    }
                }
                """)
            .Write("sensors/ready.cs", """
                public static class Ready
                {
                    [Sensor]
                    public static async ValueTask<bool> Check(BlockContext context)
                    {
                        await Task.Yield();
                        return context.Run.Attempt == 1;
                    }
                }
                """)
            .Write("data_exporters/nothing.cs", """
                public static class Nothing
                {
                    [DataExporter]
                    public static async Task Export(string text) => await Task.Yield();
                }
                """);
        using var compiler = project.NewCompiler();
        using var compiled = compiler.Compile([
            Block("wait", BlockKind.Custom, "custom/wait.cs"),
            Block("ready", BlockKind.Sensor, "sensors/ready.cs"),
            Block("nothing", BlockKind.DataExporter, "data_exporters/nothing.cs"),
        ]);

        (await compiled["wait"].InvokeAsync([21], Context())).ShouldBe([42, "waited"]);
        (await compiled["ready"].InvokeAsync([], Context())).ShouldBe([true]);
        (await compiled["nothing"].InvokeAsync(["x"], Context())).ShouldBeEmpty();
        compiled["nothing"].Outputs.ShouldBeEmpty();
    }

    [Fact]
    public async Task Invoke_BlockUsingUtils_CallsTheSharedCode()
    {
        using var project = new BlockProject()
            .Write("utils/data_preparation/cleaning.cs", """
                namespace Shared;
                public static class Cleaning
                {
                    public static IEnumerable<double> Positive(IEnumerable<double> values) => values.Where(v => v > 0);
                }
                """)
            .Write("transformers/clean.cs", """
                using Shared;
                public static class Clean
                {
                    [Transformer]
                    public static double[] Run(double[] values) => Cleaning.Positive(values).ToArray();
                }
                """);
        using var compiler = project.NewCompiler();
        using var compiled = compiler.Compile([Block("clean", BlockKind.Transformer, "transformers/clean.cs")]);

        var outputs = await compiled["clean"].InvokeAsync([new[] { -1.0, 2.0, 0.0, 3.0 }], Context());

        outputs.Single().ShouldBe(new[] { 2.0, 3.0 });
    }

    [Fact]
    public async Task Invoke_WhenTheBlockThrows_SurfacesItsOwnExceptionWithFileAndLine()
    {
        using var project = new BlockProject().Write("data_loaders/boom.cs", """
            public static class Boom
            {
                [DataLoader]
                public static int Load(BlockContext context)
                {
                    throw new InvalidOperationException("no data for " + context.Run.Block);
                }
            }
            """);
        using var compiler = project.NewCompiler();
        using var compiled = compiler.Compile([Block("boom", BlockKind.DataLoader, "data_loaders/boom.cs")]);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => compiled["boom"].InvokeAsync([], Context("boom")));

        error.Message.ShouldBe("no data for boom");
        error.StackTrace.ShouldNotBeNull().ShouldContain("data_loaders/boom.cs:line 6");
    }

    [Fact]
    public async Task Invoke_WhenAnInputHasTheWrongType_NamesTheParameterAndBothTypes()
    {
        using var project = new BlockProject().Write("transformers/build.cs", """
            public static class Build
            {
                [Transformer]
                public static int Run(DataFrame data) => 1;
            }
            """);
        using var compiler = project.NewCompiler();
        using var compiled = compiler.Compile([Block("build", BlockKind.Transformer, "transformers/build.cs")]);

        var error = await Should.ThrowAsync<Sluice.Core.SluiceException>(() => compiled["build"].InvokeAsync(["text"], Context()));

        error.Message.ShouldBe("transformers/build.cs: block 'build': parameter 'data' is DataFrame but its input is String");
    }
}
