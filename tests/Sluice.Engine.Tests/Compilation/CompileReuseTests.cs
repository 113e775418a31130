using System.Runtime.CompilerServices;
using System.Runtime.Loader;

using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Sdk;

using static Sluice.Engine.Tests.Compilation.BlockProject;

namespace Sluice.Engine.Tests.Compilation;

public sealed class CompileReuseTests
{
    private static readonly IReadOnlyList<BlockDefinition> Blocks =
    [
        Block("ingest", BlockKind.DataLoader, "data_loaders/ingest.cs"),
        Block("prepare", BlockKind.Transformer, "transformers/prepare.cs", "ingest"),
    ];

    private static BlockProject TwoBlockProject() => new BlockProject()
        .Write("utils/numbers.cs", "public static class Numbers { public static int Base => 10; }")
        .Write("data_loaders/ingest.cs", "public static class Ingest { [DataLoader] public static int Load() => Numbers.Base; }")
        .Write("transformers/prepare.cs", "public static class Prepare { [Transformer] public static int Run(int n) => n + 1; }");

    [Fact]
    public void Compile_UnchangedProjectAgain_ReturnsTheSameBlocksAndLoadsNothing()
    {
        using var project = TwoBlockProject();
        using var compiler = project.NewCompiler();
        using var first = compiler.Compile(Blocks);
        compiler.LoadCount.ShouldBe(3);

        // A pipeline loaded again makes equal definitions with new upstream lists.
        using var second = compiler.Compile([.. Blocks.Select(b => b with { Upstream = [.. b.Upstream] })]);

        compiler.LoadCount.ShouldBe(3);
        second["ingest"].ShouldBeSameAs(first["ingest"]);
        second["prepare"].ShouldBeSameAs(first["prepare"]);
    }

    [Fact]
    public async Task Compile_AfterOneBlockChanges_LoadsOnlyThatBlockAndReusesTheOthers()
    {
        using var project = TwoBlockProject();
        using var compiler = project.NewCompiler();
        using var first = compiler.Compile(Blocks);

        project.Write("transformers/prepare.cs", "public static class Prepare { [Transformer] public static int Run(int n) => n + 2; }");
        using var second = compiler.Compile(Blocks);

        compiler.LoadCount.ShouldBe(4);
        second["ingest"].ShouldBeSameAs(first["ingest"]);
        second["prepare"].ShouldNotBeSameAs(first["prepare"]);
        (await second["prepare"].InvokeAsync([10], Context())).ShouldBe([12]);
        (await first["prepare"].InvokeAsync([10], Context())).ShouldBe([11]);
    }

    [Fact]
    public async Task Compile_AfterUtilsChange_ReloadsUtilsAndEveryBlock()
    {
        using var project = TwoBlockProject();
        using var compiler = project.NewCompiler();
        using var first = compiler.Compile(Blocks);

        project.Write("utils/numbers.cs", "public static class Numbers { public static int Base => 20; }");
        using var second = compiler.Compile(Blocks);

        compiler.LoadCount.ShouldBe(6);
        second["ingest"].ShouldNotBeSameAs(first["ingest"]);
        second["prepare"].ShouldNotBeSameAs(first["prepare"]);
        (await second["ingest"].InvokeAsync([], Context())).ShouldBe([20]);
        (await first["ingest"].InvokeAsync([], Context())).ShouldBe([10]);
    }

    [Fact]
    public void Compile_WhenOnlyABlocksSettingsChange_KeepsItsLoadedCodeUnderTheNewDefinition()
    {
        using var project = TwoBlockProject();
        using var compiler = project.NewCompiler();
        using var first = compiler.Compile(Blocks);

        var retried = Blocks.Select(b => b with { Settings = new ExecutionSettings(Retries: 2) }).ToList();
        using var second = compiler.Compile(retried);

        compiler.LoadCount.ShouldBe(3);
        second["prepare"].Definition.Settings.Retries.ShouldBe(2);
        second["prepare"].Entry.ShouldBeSameAs(first["prepare"].Entry);
    }

    [Fact]
    public void Compile_WhenABlocksDeclaredKindChanges_ChecksTheLoadedCodeAgain()
    {
        using var project = TwoBlockProject();
        using var compiler = project.NewCompiler();
        compiler.Compile(Blocks).Dispose();

        var wrongKind = new[] { Block("ingest", BlockKind.Transformer, "data_loaders/ingest.cs") };
        var error = Should.Throw<BlockCompilationException>(() => compiler.Compile(wrongKind));

        error.Message.ShouldContain("marked [DataLoader]");
        compiler.LoadCount.ShouldBe(3);
    }

    [Fact]
    public void Dispose_OfTheLastProjectUsingASupersededBlock_UnloadsItsContextOnly()
    {
        using var project = TwoBlockProject();
        using var compiler = project.NewCompiler();
        var live = new List<CompiledProject>();
        var (oldPrepare, ingest) = CompileAndWatch(compiler, live);

        project.Write("transformers/prepare.cs", "public static class Prepare { [Transformer] public static int Run(int n) => n + 2; }");
        using var second = compiler.Compile(Blocks);
        Collect(oldPrepare);
        oldPrepare.IsAlive.ShouldBeTrue("the first project still runs the old version");

        DisposeAll(live);
        Collect(oldPrepare);

        oldPrepare.IsAlive.ShouldBeFalse();
        ingest.IsAlive.ShouldBeTrue("the second project still uses the unchanged block");
        GC.KeepAlive(second);
    }

    [Fact]
    public void Dispose_OfTheCompiler_UnloadsContextsNoProjectUses()
    {
        using var project = TwoBlockProject();
        var compiler = project.NewCompiler();
        var live = new List<CompiledProject>();
        var (prepare, ingest) = CompileAndWatch(compiler, live);
        DisposeAll(live);
        Collect(prepare);
        prepare.IsAlive.ShouldBeTrue("the compiler keeps the current version loaded for its next compile");

        compiler.Dispose();
        Collect(prepare);
        Collect(ingest);

        prepare.IsAlive.ShouldBeFalse();
        ingest.IsAlive.ShouldBeFalse();
    }

    // Out of line, so no local or temporary of a test method keeps a project's blocks, and so their contexts, alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Prepare, WeakReference Ingest) CompileAndWatch(BlockCompiler compiler, List<CompiledProject> live)
    {
        var compiled = compiler.Compile(Blocks);
        live.Add(compiled);
        return (new WeakReference(ContextOf(compiled["prepare"])), new WeakReference(ContextOf(compiled["ingest"])));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void DisposeAll(List<CompiledProject> live)
    {
        live.ForEach(compiled => compiled.Dispose());
        live.Clear();
    }

    private static AssemblyLoadContext ContextOf(CompiledBlock block) =>
        AssemblyLoadContext.GetLoadContext(block.Entry.DeclaringType!.Assembly)!;

    private static void Collect(WeakReference reference)
    {
        for (var i = 0; i < 20 && reference.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }
}
