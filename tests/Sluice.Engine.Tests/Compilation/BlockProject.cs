using Microsoft.Extensions.Logging.Abstractions;

using Sluice.Core;
using Sluice.Engine.Compilation;
using Sluice.Sdk;

namespace Sluice.Engine.Tests.Compilation;

/// <summary>A test's own project folder with block files, and a compiler whose cache lives inside it.</summary>
public sealed class BlockProject : IDisposable
{
    public BlockProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "sluice-compile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string CacheDirectory => Path.Combine(Root, ".sluice", "cache", "assemblies");

    public BlockProject Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public BlockCompiler NewCompiler() => new(Root, CacheDirectory);

    public static BlockDefinition Block(string name, BlockKind kind, string path, params string[] upstream) =>
        new(name, kind, path, upstream, ExecutionSettings.None);

    public static BlockContext Context(string block = "block", CancellationToken cancellationToken = default) => new(
        new BlockRunInfo("run-1", "pipeline", block, 1, null, Path.GetTempPath()),
        BlockVariables.Empty,
        NullLogger.Instance,
        Path.GetTempPath(),
        cancellationToken);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail the test that made it.
        }
    }
}
