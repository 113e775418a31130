using Sluice.Engine.CodeAssist;
using Sluice.Engine.Tests.Support;

namespace Sluice.Engine.Tests.CodeAssist;

public sealed class CompletionTests : IAsyncDisposable
{
    private readonly TempProject _project = new("assist");
    private readonly CodeAssistant _assistant;

    public CompletionTests()
    {
        _project.Write("utils/text/helpers.cs", """
            namespace Shop.Text;

            public static class Helpers
            {
                public static string Shout(string text) => text.ToUpperInvariant() + "!";

                internal static int Twice(int value) => value * 2;
            }
            """);
        _assistant = new CodeAssistant(_project.Root);
    }

    public async ValueTask DisposeAsync()
    {
        _assistant.Dispose();
        await _project.DisposeAsync();
    }

    [Fact]
    public async Task Complete_AfterContextDot_OffersVariablesAndLogger()
    {
        var entries = await CompleteAsync("""
            public static class Prepare
            {
                [Transformer]
                public static int Run(BlockContext context)
                {
                    context.$$
                    return 1;
                }
            }
            """);

        entries.ShouldContain(new CompletionEntry("Variables", "property", "BlockVariables BlockContext.Variables", "Variables"));
        entries.ShouldContain(new CompletionEntry("Logger", "property", "ILogger BlockContext.Logger", "Logger"));
        entries.ShouldNotContain(e => e.Kind == "keyword", "after a dot only members fit");
    }

    [Fact]
    public async Task Complete_AfterDataFrameVariableDot_OffersItsMembers()
    {
        var entries = await CompleteAsync("""
            public static class Prepare
            {
                [Transformer]
                public static DataFrame Run(DataFrame trips)
                {
                    var frame = trips;
                    frame.$$
                    return frame;
                }
            }
            """);

        entries.ShouldContain(e => e.Label == "Columns" && e.Kind == "property");
        entries.ShouldContain(e => e.Label == "Rows" && e.Kind == "property");
        entries.ShouldContain(e => e.Label == "Filter" && e.Kind == "method");
    }

    [Fact]
    public async Task Complete_WithAWordTyped_PutsMembersStartingWithItFirst()
    {
        var entries = await CompleteAsync("""
            public static class Prepare
            {
                [Transformer]
                public static void Run(DataFrame frame) => frame.Co$$
            }
            """);

        entries[0].Label.ShouldBe("Columns");
        entries[0].Detail.ShouldNotBeNull().ShouldContain("Columns");
        entries.ShouldNotContain(e => e.Label == "Rows", "'Rows' has no 'c' followed by an 'o'");
    }

    [Fact]
    public async Task Complete_OnAUtilsClass_OffersItsStaticMethodsAndItsInternalOnes()
    {
        var entries = await CompleteAsync("""
            using Shop.Text;

            public static class Prepare
            {
                [Transformer]
                public static string Run(string text) => Helpers.$$
            }
            """);

        entries.ShouldContain(new CompletionEntry("Shout", "method", "string Helpers.Shout(string text)", "Shout"));
        entries.ShouldContain(e => e.Label == "Twice" && e.Kind == "method", "utils grant blocks their internals");
    }

    [Fact]
    public async Task Complete_AtTheStartOfAName_OffersUtilsClassesAndKeywords()
    {
        var entries = await CompleteAsync("""
            using Shop.Text;

            public static class Prepare
            {
                [Transformer]
                public static string Run(string text)
                {
                    Hel$$
                }
            }
            """);

        entries[0].ShouldBe(new CompletionEntry("Helpers", "class", "class Shop.Text.Helpers", "Helpers"));
        entries.Count.ShouldBeLessThanOrEqualTo(CodeAssistant.MaxCompletions);

        var anywhere = await CompleteAsync("""
            public static class Prepare
            {
                [Transformer]
                public static string Run(string text)
                {
                    $$
                }
            }
            """);
        anywhere.Count.ShouldBe(CodeAssistant.MaxCompletions, "every type of the global usings fits, so the list is cut");
    }

    [Fact]
    public async Task Complete_WithAGenericType_LabelsItAsGenericButInsertsTheBareName()
    {
        var entries = await CompleteAsync("""
            public static class Prepare
            {
                [Transformer]
                public static void Run()
                {
                    var column = new PrimitiveDataFrameCol$$
                }
            }
            """);

        entries.ShouldContain(new CompletionEntry(
            "PrimitiveDataFrameColumn<>", "class", entries.First(e => e.Label == "PrimitiveDataFrameColumn<>").Detail, "PrimitiveDataFrameColumn"));
    }

    [Fact]
    public async Task Complete_InsideACommentOrAString_OffersNothing()
    {
        var inComment = await CompleteAsync("""
            public static class Prepare
            {
                // context.$$
                [Transformer]
                public static string Run(BlockContext context) => "context.";
            }
            """);
        var inString = await CompleteAsync("""
            public static class Prepare
            {
                [Transformer]
                public static string Run(BlockContext context) => "context.$$";
            }
            """);

        inComment.ShouldBeEmpty();
        inString.ShouldBeEmpty();
    }

    private async Task<IReadOnlyList<CompletionEntry>> CompleteAsync(string marked)
    {
        var caret = Caret.In(marked);
        return await _assistant.CompleteAsync("transformers/prepare.cs", caret.Source, caret.Line, caret.Column);
    }
}
