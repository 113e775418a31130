using Sluice.Core;
using Sluice.Engine.Projects;

namespace Sluice.Cli.Commands;

/// <summary>Finds the project a command works on: the given folder or the nearest one above it with a sluice.yaml, as git does.</summary>
internal static class ProjectFolder
{
    public static string Resolve(DirectoryInfo directory) =>
        ProjectLoader.FindProjectRoot(directory.FullName)
        ?? throw new SluiceException(
            $"'{directory.FullName}' is not a Sluice project: neither it nor a folder above it has a sluice.yaml (run 'sluice init' or pass --project).");
}
