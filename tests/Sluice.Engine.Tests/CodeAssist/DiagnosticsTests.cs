using Sluice.Engine.CodeAssist;
using Sluice.Engine.Compilation;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.CodeAssist;

public sealed class DiagnosticsTests : IAsyncDisposable
{
    private readonly TempProject _project = new("assist");
    private readonly CodeAssistant _assistant;

    public DiagnosticsTests()
    {
        _assistant = new CodeAssistant(_project.Root);
    }

    public async ValueTask DisposeAsync()
    {
        _assistant.Dispose();
        await _project.DisposeAsync();
    }

    [Fact]
    public async Task Diagnose_MissingSemicolon_ReportsCS1002AfterTheStatement()
    {
        var diagnostics = await _assistant.DiagnoseAsync("transformers/prepare.cs", """
            public static class Prepare
            {
                [Transformer]
                public static int Run(int value)
                {
                    var doubled = value * 2
                    return doubled;
                }
            }
            """);

        var error = diagnostics.ShouldHaveSingleItem();
        error.ShouldBe(new CodeDiagnostic(BlockDiagnosticSeverity.Error, "CS1002", "; expected", 6, 32, 6, 32));
    }

    [Fact]
    public async Task Diagnose_TypeError_ReportsCS0029OverTheExpression()
    {
        var diagnostics = await _assistant.DiagnoseAsync("transformers/prepare.cs", """
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

        diagnostics.ShouldBe([new CodeDiagnostic(
            BlockDiagnosticSeverity.Error, "CS0029", "Cannot implicitly convert type 'int' to 'string'", 6, 23, 6, 28)]);
    }

    [Fact]
    public async Task Diagnose_Warning_IsReportedAsAWarning()
    {
        var diagnostics = await _assistant.DiagnoseAsync("transformers/prepare.cs", """
            public static class Prepare
            {
                [Transformer]
                public static int Run(int value)
                {
                    var unused = 1;
                    return value;
                }
            }
            """);

        diagnostics.ShouldBe([new CodeDiagnostic(
            BlockDiagnosticSeverity.Warning, "CS0219", "The variable 'unused' is assigned but its value is never used", 6, 13, 6, 19)]);
    }

    [Fact]
    public async Task Diagnose_ValidExampleBlocks_ReportNothing()
    {
        var root = SharedData.CopyProject(Path.Combine(SharedData.RepositoryRoot, "examples", "nyc-taxi"));
        try
        {
            using var assistant = new CodeAssistant(root);
            foreach (var block in (string[])["data_loaders/ingest.cs", "transformers/prepare.cs", "data_exporters/build.cs"])
            {
                var diagnostics = await assistant.DiagnoseAsync(block, await File.ReadAllTextAsync(Path.Combine(root, block)));

                diagnostics.ShouldBeEmpty(block);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Diagnose_BlockWithoutEntryMethod_SaysSoAtTheClassName()
    {
        var diagnostics = await _assistant.DiagnoseAsync("transformers/prepare.cs", """
            public static class Prepare
            {
                public static int Run(int value) => value;
            }
            """);

        var problem = diagnostics.ShouldHaveSingleItem();
        problem.Id.ShouldBeNull();
        problem.Message.ShouldStartWith("no entry method: mark one static method with [DataLoader], [Transformer]");
        (problem.StartLine, problem.StartColumn, problem.EndLine, problem.EndColumn).ShouldBe((1, 21, 1, 28));
    }

    [Fact]
    public async Task Diagnose_BlockThatDoesNotCompile_LeavesTheEntryChecksOut()
    {
        var diagnostics = await _assistant.DiagnoseAsync("transformers/prepare.cs", """
            public static class Prepare
            {
                public static int Run(int value) => valu;
            }
            """);

        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("CS0103");
    }

    [Fact]
    public async Task Diagnose_UtilsFile_ReportsItsOwnErrorsWithoutTheUtilsNotice()
    {
        _project.Write("utils/helpers.cs", "public static class Helpers { public static int One() => 1; }");

        var diagnostics = await _assistant.DiagnoseAsync(
            "utils/helpers.cs", "public static class Helpers { public static int One() => \"one\"; }");

        diagnostics.ShouldBe([new CodeDiagnostic(
            BlockDiagnosticSeverity.Error, "CS0029", "Cannot implicitly convert type 'string' to 'int'", 1, 58, 1, 63)]);
    }
}
