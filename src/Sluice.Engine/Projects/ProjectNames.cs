using System.Text.RegularExpressions;

namespace Sluice.Engine.Projects;

/// <summary>The rules for block and pipeline names, which become C# class names, folder names and URL segments.</summary>
public static partial class ProjectNames
{
    /// <summary>The block-name rule, for messages.</summary>
    public const string BlockNameRule = "a letter or '_' followed by letters, digits or '_'";

    /// <summary>The pipeline-name rule, for messages.</summary>
    public const string PipelineNameRule = "letters, digits, '_' or '-', not starting with '-'";

    /// <summary>The variable-name rule the editor applies, for messages.</summary>
    public const string VariableNameRule = "a letter or '_' followed by letters, digits, '_' or '-'";

    /// <summary>Whether <paramref name="name"/> may name a block.</summary>
    public static bool IsValidBlockName(string? name) => name is not null && BlockName().IsMatch(name);

    /// <summary>Whether <paramref name="name"/> may name a pipeline (and its folder).</summary>
    public static bool IsValidPipelineName(string? name) => name is not null && PipelineName().IsMatch(name);

    /// <summary>
    /// Whether <paramref name="name"/> may name a variable set through the editor: one that reads the same in YAML,
    /// in <c>--var name=value</c> and in <c>context.Variables.Get("name")</c>. pipeline.yaml itself accepts any key.
    /// </summary>
    public static bool IsValidVariableName(string? name) => name is not null && VariableName().IsMatch(name);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariableName();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex BlockName();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PipelineName();
}
