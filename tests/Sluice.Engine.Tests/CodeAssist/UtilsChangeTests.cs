using Sluice.Engine.CodeAssist;
using Sluice.Engine.Compilation;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.CodeAssist;

public sealed class UtilsChangeTests : IAsyncDisposable
{
    private const string Block = """
        public static class Use
        {
            [Custom]
            public static int Run() => Helpers.Three();
        }
        """;

    private readonly TempProject _project = new("assist");
    private readonly CodeAssistant _assistant;

    public UtilsChangeTests()
    {
        _project.Write("utils/helpers.cs", "public static class Helpers { public static int One() => 1; }");
        _assistant = new CodeAssistant(_project.Root);
    }

    public async ValueTask DisposeAsync()
    {
        _assistant.Dispose();
        await _project.DisposeAsync();
    }

    [Fact]
    public async Task Diagnose_AfterAUtilsFileIsSaved_SeesItsNewMethod()
    {
        var before = await _assistant.DiagnoseAsync("custom/use.cs", Block);
        before.ShouldHaveSingleItem().Id.ShouldBe("CS0117");

        _project.Write("utils/helpers.cs", "public static class Helpers { public static int One() => 1; public static int Three() => 3; }");
        var after = await _assistant.DiagnoseAsync("custom/use.cs", Block);

        after.ShouldBeEmpty();
    }

    [Fact]
    public async Task Complete_AfterAUtilsFileIsAdded_OffersItsClass()
    {
        var caret = Caret.In("public static class Use { [Custom] public static int Run() => Numb$$ }");
        var before = await _assistant.CompleteAsync("custom/use.cs", caret.Source, caret.Line, caret.Column);
        before.ShouldNotContain(e => e.Label == "Numbers");

        _project.Write("utils/more/numbers.cs", "public static class Numbers { public static int Four() => 4; }");
        var after = await _assistant.CompleteAsync("custom/use.cs", caret.Source, caret.Line, caret.Column);

        after[0].ShouldBe(new CompletionEntry("Numbers", "class", after[0].Detail, "Numbers"));
    }

    [Fact]
    public async Task Diagnose_WhenUtilsStopCompiling_PutsTheirFirstErrorAtTheTop()
    {
        _project.Write("utils/helpers.cs", "public static class Helpers { public static int Three() => \"three\"; }");

        var diagnostics = await _assistant.DiagnoseAsync("custom/use.cs", Block);

        diagnostics.ShouldBe([new CodeDiagnostic(
            BlockDiagnosticSeverity.Error,
            null,
            "utils do not compile, so no block can run: "
            + "utils/helpers.cs:1:60: error CS0029: Cannot implicitly convert type 'string' to 'int'",
            1, 1, 1, 1)]);
    }
}
