using Sluice.Engine.Compilation;
using Sluice.Sdk;

using static Sluice.Engine.Tests.Compilation.BlockProject;

namespace Sluice.Engine.Tests.Compilation;

public sealed class BlockTestRunTests
{
    [Fact]
    public async Task RunTests_ReportsEachTestWithTheFailureMessage()
    {
        using var project = new BlockProject().Write("transformers/prepare.cs", """
            public static class Prepare
            {
                [Transformer]
                public static (int Rows, string Name) Run() => (3, "trips");

                [BlockTest]
                public static void HasRows(int rows) => BlockAssert.True(rows > 0, "no rows");

                [BlockTest]
                public static void RowCount(int rows, string name) => BlockAssert.Equal(5, rows, $"rows of {name}");

                [BlockTest]
                public static async Task NameIsKnown(int rows, string name, BlockContext context)
                {
                    await Task.Yield();
                    if (name != context.Run.Block) throw new Exception($"'{name}' is not '{context.Run.Block}'");
                }

                [BlockTest]
                public static void Accident() => throw new ArgumentOutOfRangeException("rows", "went wrong");
            }
            """);
        using var compiler = project.NewCompiler();
        using var compiled = compiler.Compile([Block("prepare", BlockKind.Transformer, "transformers/prepare.cs")]);
        var block = compiled["prepare"];
        var outputs = await block.InvokeAsync([], Context("prepare"));

        var results = await block.RunTestsAsync(outputs, Context("prepare"));

        block.Tests.Select(t => t.Name).ShouldBe(["HasRows", "RowCount", "NameIsKnown", "Accident"]);
        results.ShouldBe([
            new BlockTestResult("HasRows", true, null),
            new BlockTestResult("RowCount", false, "rows of trips: expected 5, but was 3"),
            new BlockTestResult("NameIsKnown", false, "'trips' is not 'prepare'"),
            new BlockTestResult("Accident", false, "ArgumentOutOfRangeException: went wrong (Parameter 'rows')"),
        ]);
    }
}
