using System.Security.Cryptography;
using System.Text;

using Microsoft.CodeAnalysis.Text;

namespace Sluice.Engine.Compilation;

/// <summary>A project C# file read once: its path relative to the root ('/' separators), bytes and hash.</summary>
internal sealed class SourceFile
{
    private SourceFile(string relativePath, byte[] bytes)
    {
        RelativePath = relativePath;
        Bytes = bytes;
        Hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public string RelativePath { get; }

    public byte[] Bytes { get; }

    public string Hash { get; }

    // UTF-8 with a checksum: emitting a PDB needs both, and the text is embedded so a debugger can show it.
    public SourceText Text() =>
        SourceText.From(Bytes, Bytes.Length, Encoding.UTF8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: false, canBeEmbedded: true);

    public static SourceFile? TryRead(string projectRoot, string relativePath)
    {
        var normalized = relativePath.Replace('\\', '/');
        try
        {
            return new SourceFile(normalized, File.ReadAllBytes(Path.Combine(projectRoot, normalized)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Every utils/**/*.cs file, in ordinal path order so the utils hash does not depend on the file system.</summary>
    public static IReadOnlyList<SourceFile> ReadUtils(string projectRoot)
    {
        var folder = Path.Combine(projectRoot, "utils");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(projectRoot, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => TryRead(projectRoot, path))
            .OfType<SourceFile>()
            .ToList();
    }
}
