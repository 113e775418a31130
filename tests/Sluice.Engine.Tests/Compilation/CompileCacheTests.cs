using System.Runtime.CompilerServices;
using System.Runtime.Loader;

using Sluice.Engine.Compilation;
using Sluice.Sdk;

using static Sluice.Engine.Tests.Compilation.BlockProject;

namespace Sluice.Engine.Tests.Compilation;

public sealed class CompileCacheTests
{
    private static readonly IReadOnlyList<Sluice.Core.BlockDefinition> Blocks =
    [
        Block("ingest", BlockKind.DataLoader, "data_loaders/ingest.cs"),
        Block("prepare", BlockKind.Transformer, "transformers/prepare.cs", "ingest"),
    ];

    private static BlockProject TwoBlockProject() => new BlockProject()
        .Write("utils/numbers.cs", "public static class Numbers { public static int Base => 10; }")
        .Write("data_loaders/ingest.cs", "public static class Ingest { [DataLoader] public static int Load() => Numbers.Base; }")
        .Write("transformers/prepare.cs", "public static class Prepare { [Transformer] public static int Run(int n) => n + 1; }");

    [Fact]
    public async Task Compile_UnchangedProjectWithANewCompiler_CompilesNothingAndStillRuns()
    {
        using var project = TwoBlockProject();
        using (var first = project.NewCompiler())
        {
            using var compiled = first.Compile(Blocks);
            first.CompilationCount.ShouldBe(3);
        }

        using var second = project.NewCompiler();
        using var again = second.Compile(Blocks);

        second.CompilationCount.ShouldBe(0);
        (await again["ingest"].InvokeAsync([], Context())).ShouldBe([10]);
        (await again["prepare"].InvokeAsync([10], Context())).ShouldBe([11]);
    }

    [Fact]
    public async Task Compile_AfterOneBlockOrUtilsChanges_RecompilesOnlyWhatDependsOnIt()
    {
        using var project = TwoBlockProject();
        using var compiler = project.NewCompiler();
        compiler.Compile(Blocks).Dispose();

        project.Write("transformers/prepare.cs", "public static class Prepare { [Transformer] public static int Run(int n) => n + 2; }");
        using (var changedBlock = compiler.Compile(Blocks))
        {
            compiler.CompilationCount.ShouldBe(4);
            (await changedBlock["prepare"].InvokeAsync([10], Context())).ShouldBe([12]);
        }

        project.Write("utils/numbers.cs", "public static class Numbers { public static int Base => 20; }");
        using var changedUtils = compiler.Compile(Blocks);

        compiler.CompilationCount.ShouldBe(7);
        (await changedUtils["ingest"].InvokeAsync([], Context())).ShouldBe([20]);
    }

    [Fact]
    public async Task Dispose_AfterRunningABlock_UnloadsTheBlocksLoadContext()
    {
        using var project = TwoBlockProject();
        var compiler = project.NewCompiler();

        var context = await CompileRunAndDisposeAsync(compiler);

        // The compiler keeps the current version loaded for its next compile; once it is gone, nothing holds it.
        compiler.Dispose();
        for (var i = 0; i < 20 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        context.IsAlive.ShouldBeFalse();
    }

    // Kept out of line so no local of the test method holds the context or its types alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> CompileRunAndDisposeAsync(BlockCompiler compiler)
    {
        var compiled = compiler.Compile(Blocks);
        (await compiled["ingest"].InvokeAsync([], Context())).ShouldBe([10]);
        var context = AssemblyLoadContext.GetLoadContext(compiled["ingest"].Entry.DeclaringType!.Assembly)!;
        context.IsCollectible.ShouldBeTrue();
        context.ShouldNotBe(AssemblyLoadContext.Default);

        compiled.Dispose();

        compiled.IsDisposed.ShouldBeTrue();
        return new WeakReference(context);
    }
}
