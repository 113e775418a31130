using System.Text;

using Sluice.Sdk;

namespace Sluice.Engine.Projects;

/// <summary>
/// The C# a new block file starts from, one template per kind, in the spirit of Mage's. Every template compiles
/// against Sluice.Sdk, Microsoft.Data.Analysis and Microsoft.Extensions.Logging, and each block is compiled into its
/// own assembly, so every file can use the same namespace.
/// </summary>
public static class BlockTemplates
{
    /// <summary>The namespace every template declares.</summary>
    public const string Namespace = "Blocks";

    // Names the templates give to members; a class may not share its name with a member (CS0542).
    private static readonly string[] MemberNames = ["Run", "OutputIsNotEmpty", "OutputIsNotNull"];

    /// <summary>The source of a new block of <paramref name="kind"/> named <paramref name="blockName"/>.</summary>
    public static string For(BlockKind kind, string blockName)
    {
        var className = ClassName(blockName);
        var body = kind switch
        {
            BlockKind.DataLoader => BlockTemplateBodies.DataLoader,
            BlockKind.Transformer => BlockTemplateBodies.Transformer,
            BlockKind.DataExporter => BlockTemplateBodies.DataExporter,
            BlockKind.Custom => BlockTemplateBodies.Custom,
            BlockKind.Sensor => BlockTemplateBodies.Sensor,
            BlockKind.Condition => BlockTemplateBodies.Condition,
            BlockKind.Callback => BlockTemplateBodies.Callback,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a block kind."),
        };

        return $$"""
            using Microsoft.Data.Analysis;
            using Microsoft.Extensions.Logging;
            using Sluice.Sdk;

            namespace {{Namespace}};

            public static class {{className}}
            {
            {{body.Replace("{{BLOCK}}", blockName, StringComparison.Ordinal).TrimEnd()}}
            }

            """;
    }

    /// <summary>The class name of a block: its name in PascalCase (<c>load_data</c> becomes <c>LoadData</c>).</summary>
    public static string ClassName(string blockName)
    {
        ArgumentNullException.ThrowIfNull(blockName);
        var name = new StringBuilder(blockName.Length);
        foreach (var part in blockName.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            name.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        var className = name.Length == 0 || !char.IsLetter(name[0]) ? "Block" + name : name.ToString();
        return MemberNames.Contains(className, StringComparer.Ordinal) ? className + "Block" : className;
    }
}
