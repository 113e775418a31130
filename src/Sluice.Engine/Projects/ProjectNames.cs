using System.Text.RegularExpressions;

namespace Sluice.Engine.Projects;

/// <summary>The rules for block and pipeline names, which become C# class names, folder names and URL segments.</summary>
public static partial class ProjectNames
{
    /// <summary>The block-name rule, for messages.</summary>
    public const string BlockNameRule = "a letter or '_' followed by letters, digits or '_'";

    /// <summary>The pipeline-name rule, for messages.</summary>
    public const string PipelineNameRule = "letters, digits, '_' or '-', not starting with '-'";

    /// <summary>Whether <paramref name="name"/> may name a block.</summary>
    public static bool IsValidBlockName(string? name) => name is not null && BlockName().IsMatch(name);

    /// <summary>Whether <paramref name="name"/> may name a pipeline (and its folder).</summary>
    public static bool IsValidPipelineName(string? name) => name is not null && PipelineName().IsMatch(name);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockName();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PipelineName();
}
