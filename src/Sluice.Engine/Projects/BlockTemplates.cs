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

    private static readonly string[] FrameUsings = ["Microsoft.Data.Analysis", "Microsoft.Extensions.Logging", "Sluice.Sdk"];

    private static readonly string[] PlainUsings = ["Microsoft.Extensions.Logging", "Sluice.Sdk"];

    /// <summary>The source of a new block of <paramref name="kind"/> named <paramref name="blockName"/>.</summary>
    public static string For(BlockKind kind, string blockName)
    {
        var className = ClassName(blockName);
        var (body, usings) = kind switch
        {
            BlockKind.DataLoader => (BlockTemplateBodies.DataLoader, FrameUsings),
            BlockKind.Transformer => (BlockTemplateBodies.Transformer, FrameUsings),
            BlockKind.DataExporter => (BlockTemplateBodies.DataExporter, ["System.IO", .. FrameUsings]),
            BlockKind.Custom => (BlockTemplateBodies.Custom, ["System.Collections.Generic", .. PlainUsings]),
            BlockKind.Sensor => (BlockTemplateBodies.Sensor, ["System.IO", .. PlainUsings]),
            BlockKind.Condition => (BlockTemplateBodies.Condition, PlainUsings),
            BlockKind.Callback => (BlockTemplateBodies.Callback, PlainUsings),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a block kind."),
        };

        // Blocks compile with global usings for these namespaces, but a file that states its own reads (and
        // compiles) anywhere, editors included.
        var header = string.Concat(usings.Select(u => $"using {u};\n"));
        return $$"""
            {{header}}
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
