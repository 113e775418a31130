using Sluice.Engine.Compilation;
using Sluice.Sdk;

using static Sluice.Engine.Tests.Compilation.BlockProject;

namespace Sluice.Engine.Tests.Compilation;

public sealed class CompileErrorTests
{
    [Fact]
    public void Compile_WithErrorsInTwoBlocks_ListsEveryErrorWithFileLineAndColumn()
    {
        using var project = new BlockProject()
            .Write("data_loaders/ingest.cs", """
                public static class Ingest
                {
                    [DataLoader]
                    public static int Load() => x;
                }
                """)
            .Write("transformers/prepare.cs", """
                public static class Prepare
                {
                    [Transformer]
                    public static int Run(int value)
                    {
                        string text = value;
                        return value;
                    }
                }
                """);
        using var compiler = project.NewCompiler();

        var error = Should.Throw<BlockCompilationException>(() => compiler.Compile([
            Block("ingest", BlockKind.DataLoader, "data_loaders/ingest.cs"),
            Block("prepare", BlockKind.Transformer, "transformers/prepare.cs", "ingest"),
        ]));

        error.Message.Split('\n').ShouldBe([
            "data_loaders/ingest.cs:4:33: error CS0103: The name 'x' does not exist in the current context",
            "transformers/prepare.cs:6:23: error CS0029: Cannot implicitly convert type 'int' to 'string'",
        ]);
        error.Location.ShouldBe(new Sluice.Core.SourceLocation("data_loaders/ingest.cs", 4, 33));
        var first = error.Diagnostics.First(d => d.Severity == BlockDiagnosticSeverity.Error);
        first.ShouldBe(new BlockDiagnostic(
            "data_loaders/ingest.cs", 4, 33, BlockDiagnosticSeverity.Error, "CS0103", "The name 'x' does not exist in the current context"));
    }

    [Fact]
    public void Compile_WhenUtilsDoesNotCompile_ReportsUtilsErrorsOnly()
    {
        using var project = new BlockProject()
            .Write("utils/helpers.cs", "public static class Helpers { public static int One() => \"one\"; }")
            .Write("custom/use.cs", "public static class Use { [Custom] public static int Run() => Helpers.One(); }");
        using var compiler = project.NewCompiler();

        var error = Should.Throw<BlockCompilationException>(() => compiler.Compile([Block("use", BlockKind.Custom, "custom/use.cs")]));

        error.Message.ShouldBe("utils/helpers.cs:1:58: error CS0029: Cannot implicitly convert type 'string' to 'int'");
    }

    [Fact]
    public void Compile_WithoutEntryMethodOrSourceFile_SaysWhatIsMissingForEachBlock()
    {
        using var project = new BlockProject().Write("data_loaders/ingest.cs", """
            public static class Ingest
            {
                public static int Load() => 1;
            }
            """);
        using var compiler = project.NewCompiler();

        var error = Should.Throw<BlockCompilationException>(() => compiler.Compile([
            Block("ingest", BlockKind.DataLoader, "data_loaders/ingest.cs"),
            Block("gone", BlockKind.Transformer, "transformers/gone.cs"),
        ]));

        error.Message.Split('\n').ShouldBe([
            "transformers/gone.cs: block 'gone': source file not found (looked in " + project.Root + ")",
        ]);

        var withoutMissing = Should.Throw<BlockCompilationException>(
            () => compiler.Compile([Block("ingest", BlockKind.DataLoader, "data_loaders/ingest.cs")]));
        withoutMissing.Message.ShouldBe(
            "data_loaders/ingest.cs: no entry method: mark one static method with "
            + "[DataLoader], [Transformer], [DataExporter], [Custom], [Sensor], [Condition], [Callback]");
    }

    [Fact]
    public void Compile_WithTwoEntryMethods_NamesBothWithTheirLines()
    {
        using var project = new BlockProject().Write("data_loaders/ingest.cs", """
            public static class Ingest
            {
                [DataLoader]
                public static int Load() => 1;

                [DataLoader]
                public static int LoadAgain() => 2;
            }
            """);
        using var compiler = project.NewCompiler();

        var error = Should.Throw<BlockCompilationException>(
            () => compiler.Compile([Block("ingest", BlockKind.DataLoader, "data_loaders/ingest.cs")]));

        error.Message.ShouldBe(
            "data_loaders/ingest.cs:4:23: 2 entry methods: Ingest.Load (line 4) and Ingest.LoadAgain (line 7); a block has exactly one");
    }

    [Fact]
    public void Compile_WhenEntryKindOrShapeIsWrong_NamesTheMethodAndWhatToDo()
    {
        using var project = new BlockProject()
            .Write("data_loaders/ingest.cs", """
                public static class Ingest
                {
                    [Transformer]
                    public static int Load() => 1;
                }
                """)
            .Write("transformers/prepare.cs", """
                public sealed class Prepare
                {
                    [Transformer]
                    public int Run() => 1;
                }
                """);
        using var compiler = project.NewCompiler();

        var error = Should.Throw<BlockCompilationException>(() => compiler.Compile([
            Block("ingest", BlockKind.DataLoader, "data_loaders/ingest.cs"),
            Block("prepare", BlockKind.Transformer, "transformers/prepare.cs"),
        ]));

        error.Message.Split('\n').ShouldBe([
            "data_loaders/ingest.cs:4:23: entry method Ingest.Load is marked [Transformer] but the pipeline declares "
                + "block 'ingest' a DataLoader; mark it [DataLoader] or change the block's kind",
            "transformers/prepare.cs:4:16: entry method Prepare.Run must be static",
        ]);
    }

    [Fact]
    public void Compile_WhenABlockTestDoesNotFitTheOutputs_NamesTheTest()
    {
        using var project = new BlockProject().Write("transformers/prepare.cs", """
            public static class Prepare
            {
                [Transformer]
                public static (int Rows, string Name) Run() => (1, "a");

                [BlockTest]
                public static void RowsAreText(string rows) { }
            }
            """);
        using var compiler = project.NewCompiler();

        var error = Should.Throw<BlockCompilationException>(
            () => compiler.Compile([Block("prepare", BlockKind.Transformer, "transformers/prepare.cs")]));

        error.Message.ShouldBe(
            "transformers/prepare.cs:7:24: block test Prepare.RowsAreText: parameter 'rows' is String but output 'Rows' is Int32");
    }
}
