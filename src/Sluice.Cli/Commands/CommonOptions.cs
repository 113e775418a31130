using System.CommandLine;

namespace Sluice.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo> Project() => new("--project", "-p")
    {
        Description = "The project folder (the one with sluice.yaml), or any folder inside it.",
        DefaultValueFactory = _ => new DirectoryInfo(Directory.GetCurrentDirectory()),
    };

    public static Option<string[]> Variables() => new("--var")
    {
        Description = "A run variable as key=value; overrides project and pipeline variables. Repeat for more.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<int> Page() => new("--page")
    {
        Description = "Which page to show, from 1.",
        DefaultValueFactory = _ => 1,
    };

    public static Option<int> PageSize() => new("--page-size")
    {
        Description = "How many lines a page holds.",
        DefaultValueFactory = _ => 20,
    };
}
