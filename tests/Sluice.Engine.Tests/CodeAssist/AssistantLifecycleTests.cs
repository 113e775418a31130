using Sluice.Engine.CodeAssist;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.CodeAssist;

public sealed class AssistantLifecycleTests : IAsyncDisposable
{
    private readonly TempProject _project = new("assist");
    private readonly CodeAssistant _assistant;

    public AssistantLifecycleTests()
    {
        _assistant = new CodeAssistant(_project.Root);
    }

    public async ValueTask DisposeAsync()
    {
        _assistant.Dispose();
        await _project.DisposeAsync();
    }

    [Fact]
    public async Task Diagnose_ManyCallsAtOnce_EachAnswersForItsOwnText()
    {
        static string Source(int i) => $$"""
            public static class Prepare
            {
                [Transformer]
                public static int Run() => missing{{i}};
            }
            """;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _assistant.DiagnoseAsync("transformers/prepare.cs", Source(i))));

        for (var i = 0; i < answers.Length; i++)
        {
            answers[i].ShouldHaveSingleItem().Message.ShouldBe($"The name 'missing{i}' does not exist in the current context");
        }
    }

    [Fact]
    public async Task WarmUp_WithUtilsThatDoNotCompile_LeavesTheAssistantWorking()
    {
        _project.Write("utils/broken.cs", "public static class Broken { public static int One() => ; }");

        await _assistant.WarmUpAsync();
        var diagnostics = await _assistant.DiagnoseAsync(
            "custom/run.cs", "public static class Run { [Custom] public static int Go() => Broken.One(); }");

        diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith("utils do not compile, so no block can run: utils/broken.cs:1:57: error CS1525");
    }

    [Fact]
    public async Task Complete_WhenCancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(
            () => _assistant.CompleteAsync("custom/run.cs", "public static class Run { }", 1, 1, cancelled.Token));
    }

    [Fact]
    public async Task Complete_WithACaretPastTheEnd_CompletesAtTheEnd()
    {
        var entries = await _assistant.CompleteAsync("custom/run.cs", "public static class Run { [Custom] public static int Go(BlockContext context) => context.", 9, 999);

        entries.ShouldContain(e => e.Label == "Variables");
    }
}
