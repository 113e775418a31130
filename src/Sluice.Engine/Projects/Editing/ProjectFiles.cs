using Sluice.Core;

namespace Sluice.Engine.Projects;

/// <summary>
/// Turns paths that came from outside (a browser, a hand-edited pipeline.yaml) into files of a project, refusing any
/// that could reach outside it, and writes files so a reader never sees half of one.
/// </summary>
public static class ProjectFiles
{
    // As Linux's MAXSYMLINKS: more links than this in one path is a loop.
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// The absolute path of <paramref name="relativePath"/> inside <paramref name="projectRoot"/>. Throws
    /// <see cref="SluiceException"/> for an empty or absolute path, a <c>..</c> segment, a path that ends up outside
    /// the root, or one that passes through a symbolic link (file or folder) whose target is outside the root;
    /// links that stay inside the project are allowed. The file itself need not exist.
    /// </summary>
    public static string ResolveInside(string projectRoot, string relativePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(projectRoot);
        ArgumentNullException.ThrowIfNull(relativePath);
        if (relativePath.Any(char.IsControl))
        {
            throw new SluiceException($"path '{relativePath.ReplaceLineEndings(" ")}' contains a control character; file names cannot");
        }

        var problem = ProjectPaths.Problem(relativePath);
        var relative = ProjectPaths.Normalize(relativePath);
        if (problem is null && relative.Length == 0)
        {
            problem = "names the project folder itself, not something inside it";
        }

        if (problem is not null)
        {
            throw new SluiceException($"path '{relativePath}' {problem}");
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(projectRoot));
        var full = Path.GetFullPath(ProjectPaths.Absolute(root, relative));
        if (!IsInside(root, full))
        {
            throw new SluiceException($"path '{relativePath}' leaves the project folder; files must live inside the project");
        }

        CheckLinks(root, relative, relativePath);
        return full;
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="text"/> in one step (a temporary file renamed over it).
    /// A path that is a symbolic link has its target replaced, so the link stays.
    /// </summary>
    internal static void WriteAtomically(string path, string text)
    {
        var target = RealPath(Path.GetFullPath(path));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    // Every existing component that is a link must lead inside the project: then so does the whole path, since
    // the rest are plain names appended to a folder that is inside.
    private static void CheckLinks(string root, string relative, string original)
    {
        var realRoot = RealPath(root);
        var current = root;
        foreach (var part in relative.Split('/'))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is null)
            {
                if (!info.Exists && !Directory.Exists(current))
                {
                    return;
                }

                continue;
            }

            var target = RealPath(current);
            if (!IsInside(realRoot, target))
            {
                throw new SluiceException($"path '{original}' passes through the symbolic link "
                    + $"{ProjectPaths.Relative(root, current)}, which leads outside the project (to {target})");
            }
        }
    }

    private static bool IsInside(string root, string path) =>
        path.Equals(root, PathComparison)
        || (path.StartsWith(root, PathComparison) && path.Length > root.Length
            && (path[root.Length] == Path.DirectorySeparatorChar || root.EndsWith(Path.DirectorySeparatorChar)));

    /// <summary>
    /// <paramref name="path"/> (absolute) with every symbolic link followed, component by component as the operating
    /// system does, so a link's target that itself passes through links is followed too. Components that do not
    /// exist are kept as written.
    /// </summary>
    internal static string RealPath(string path)
    {
        var current = Path.GetPathRoot(path)!;
        var pending = new Stack<string>(Components(path[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new SluiceException($"{path} passes through more than {MaxLinks} symbolic links; is there a loop?");
            }

            foreach (var targetPart in Components(target).Reverse())
            {
                pending.Push(targetPart);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
            }
        }

        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A path that cannot be inspected cannot be vouched for.
            throw new SluiceException($"cannot inspect {path}: {e.Message}", e);
        }
    }

    private static string[] Components(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
