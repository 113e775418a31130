using System.Globalization;

using Sluice.Engine.Compilation;

namespace Sluice.Engine.CodeAssist;

/// <summary>
/// A cheap stamp of utils/**/*.cs (paths, sizes, write times), taken on every call so a saved utils file is seen on
/// the next keystroke without reading any file; the files are read only when the stamp changes.
/// </summary>
internal static class UtilsFingerprint
{
    public static string Of(string projectRoot)
    {
        var folder = Path.Combine(projectRoot, "utils");
        using var key = new ContentKey();
        if (!Directory.Exists(folder))
        {
            return key.Finish();
        }

        var files = new DirectoryInfo(folder)
            .EnumerateFiles("*.cs", SearchOption.AllDirectories)
            .OrderBy(file => file.FullName, StringComparer.Ordinal);
        foreach (var file in files)
        {
            key.Add(string.Create(
                CultureInfo.InvariantCulture, $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}"));
        }

        return key.Finish();
    }
}
