using Sluice.Engine.CodeAssist;
using Sluice.Engine.Compilation;
using Sluice.Engine.Tests.Compilation;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.CodeAssist;

/// <summary>What the editor underlines is what the engine reports when it compiles the same file.</summary>
public sealed class EngineAgreementTests
{
    private const string Utils = """
        namespace Shop;

        public static class Prices
        {
            public static decimal Net(decimal gross) => gross / 1.2m;

            internal static int Secret() => 42;
        }
        """;

    public static TheoryData<string> BrokenBlocks => new()
    {
        // binding errors, a warning among them, and a use of utils
        """
        using Shop;

        public static class Block
        {
            [Transformer]
            public static DataFrame Run(DataFrame frame, BlockContext context)
            {
                int unused = 0;
                string name = Prices.Net(1m);
                context.Logger.LogInformation(frame.Colums.Count.ToString());
                context.Logger.LogInformation(Prices.Secret().ToString());
                return Prices.Missing(frame);
            }
        }
        """,
        // syntax errors
        """
        public static class Block
        {
            [Transformer]
            public static int Run(int value
            {
                return value * ;
            }
        }
        """,
        // nullable warnings come with the errors they sit beside
        """
        public static class Block
        {
            [Transformer]
            public static string Run(string? text)
            {
                string sure = text;
                return sure.Length;
            }
        }
        """,
        // every entry-shape problem the engine finds in a compiled block
        """
        public class Block
        {
            [Transformer]
            public async void Run<T>(int value) => await Task.Yield();

            [BlockTest]
            public void Check(ref int value) { }
        }
        """,
        // block tests against the entry's outputs: awaited, split, matched by assignability as reflection does
        """
        public static class Block
        {
            [Transformer]
            public static Task<(DataFrame Frame, int Count, long, List<int?> Names)> Run() => throw new NotImplementedException();

            [BlockTest]
            public static void Check(DataFrame frame, string count, int third, IEnumerable<string> names, BlockContext context) { }

            [BlockTest]
            public static void Fine(object frame, int? count, long third, IEnumerable<int?> names, CancellationToken token) { }

            [BlockTest]
            public static void TooMany(DataFrame frame, int count, long third, List<int?> names, int more) { }
        }
        """,
        """
        public static class Block
        {
            public static int Run(int value) => value;
        }
        """,
        """
        public static class Block
        {
            [Transformer]
            public static int Run(int value) => value;

            [Transformer]
            public static int Again(int value) => value;
        }
        """,
    };

    [Theory]
    [MemberData(nameof(BrokenBlocks))]
    public async Task Diagnose_ForABlockTheEngineRejects_GivesTheEnginesErrorsAndWarnings(string source)
    {
        using var project = new BlockProject().Write("utils/prices.cs", Utils).Write("transformers/block.cs", source);
        using var compiler = project.NewCompiler();
        var engine = Should.Throw<BlockCompilationException>(() => compiler.Compile([
            BlockProject.Block("block", BlockKind.Transformer, "transformers/block.cs"),
        ]));
        using var assistant = new CodeAssistant(project.Root);

        var assisted = await assistant.DiagnoseAsync("transformers/block.cs", source);

        assisted.Select(d => (d.Severity, d.Id, d.Message)).ShouldBe(engine.Diagnostics.Select(d => (d.Severity, d.Id, d.Message)));
        for (var i = 0; i < assisted.Count; i++)
        {
            if (engine.Diagnostics[i].Line > 0)
            {
                (assisted[i].StartLine, assisted[i].StartColumn).ShouldBe((engine.Diagnostics[i].Line, engine.Diagnostics[i].Column), engine.Diagnostics[i].ToString());
            }
        }
    }
}
