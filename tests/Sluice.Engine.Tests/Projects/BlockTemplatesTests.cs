using System.Reflection;
using System.Runtime.Loader;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Data.Analysis;
using Microsoft.Extensions.Logging.Abstractions;

using Sluice.Engine.Projects;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Projects;

public sealed class BlockTemplatesTests : IDisposable
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path)),
    ]);

    private readonly string _cache = Path.Combine(Path.GetTempPath(), "sluice-template-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<BlockKind> Kinds() => [.. Enum.GetValues<BlockKind>()];

    public void Dispose()
    {
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    [Theory]
    [InlineData("load_data", "LoadData")]
    [InlineData("ingest", "Ingest")]
    [InlineData("__private__name", "PrivateName")]
    [InlineData("_", "Block")]
    [InlineData("run", "RunBlock")]
    [InlineData("x2y", "X2y")]
    public void ClassName_IsPascalCaseAndNeverClashesWithMembers(string block, string expected)
    {
        BlockTemplates.ClassName(block).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void For_EachKind_CompilesWithoutWarningsAndRuns(BlockKind kind)
    {
        var type = Compile(BlockTemplates.For(kind, "run"), "RunBlock");

        var entry = type.GetMethods().Single(m => m.GetCustomAttribute<BlockEntryAttribute>() is not null);
        entry.GetCustomAttribute<BlockEntryAttribute>()!.Kind.ShouldBe(kind);
        var output = entry.Invoke(null, [.. entry.GetParameters().Select(p => Argument(p.ParameterType))]);
        foreach (var test in type.GetMethods().Where(m => m.GetCustomAttribute<BlockTestAttribute>() is not null))
        {
            test.Invoke(null, [output]);
        }

        switch (kind)
        {
            case BlockKind.DataLoader:
                ((DataFrame)output!).Rows.Count.ShouldBe(3);
                break;
            case BlockKind.DataExporter:
                File.Exists(Path.Combine(_cache, "run.csv")).ShouldBeTrue();
                break;
            case BlockKind.Sensor:
                output.ShouldBe(false); // the file it waits for does not exist
                break;
            case BlockKind.Condition:
                output.ShouldBe(true);
                break;
            case BlockKind.Callback:
                entry.ReturnType.ShouldBe(typeof(void));
                break;
            default:
                output.ShouldNotBeNull();
                break;
        }
    }

    private static Type Compile(string source, string className)
    {
        var compilation = CSharpCompilation.Create(
            "Template" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        problems.ShouldBeEmpty(source);
        result.Success.ShouldBeTrue();
        image.Position = 0;
        var assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(image);
        return assembly.GetType($"{BlockTemplates.Namespace}.{className}", throwOnError: true)!;
    }

    private object Argument(Type type)
    {
        if (type == typeof(DataFrame))
        {
            return new DataFrame(new Int32DataFrameColumn("id", [1, 2]));
        }

        type.ShouldBe(typeof(BlockContext));
        Directory.CreateDirectory(_cache);
        return new BlockContext(
            new BlockRunInfo("run1", "p", "run", 1, null, _cache),
            BlockVariables.Empty,
            NullLogger.Instance,
            _cache,
            CancellationToken.None);
    }
}
