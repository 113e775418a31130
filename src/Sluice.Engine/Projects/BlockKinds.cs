using Sluice.Sdk;

namespace Sluice.Engine.Projects;

/// <summary>How each block kind is spelled in pipeline.yaml and which folder its files live in (Mage's layout).</summary>
public static class BlockKinds
{
    private static readonly (BlockKind Kind, string Name, string Folder)[] Table =
    [
        (BlockKind.DataLoader, "data_loader", "data_loaders"),
        (BlockKind.Transformer, "transformer", "transformers"),
        (BlockKind.DataExporter, "data_exporter", "data_exporters"),
        (BlockKind.Custom, "custom", "custom"),
        (BlockKind.Sensor, "sensor", "sensors"),
        (BlockKind.Condition, "condition", "conditionals"),
        (BlockKind.Callback, "callback", "callbacks"),
    ];

    /// <summary>Every kind's YAML name, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Table.Select(row => row.Name)];

    /// <summary>Every kind's folder, in declaration order.</summary>
    public static IReadOnlyList<string> Folders { get; } = [.. Table.Select(row => row.Folder)];

    /// <summary>The kind's name in pipeline.yaml, e.g. <c>data_loader</c>.</summary>
    public static string YamlName(BlockKind kind) => Row(kind).Name;

    /// <summary>The folder, relative to the project root, that holds blocks of this kind.</summary>
    public static string Folder(BlockKind kind) => Row(kind).Folder;

    /// <summary>Where a block's file lives when pipeline.yaml does not say: <c>&lt;kind folder&gt;/&lt;name&gt;.cs</c>.</summary>
    public static string DefaultSourcePath(BlockKind kind, string blockName) => $"{Folder(kind)}/{blockName}.cs";

    /// <summary>The kind named <paramref name="name"/> in pipeline.yaml.</summary>
    public static bool TryParse(string? name, out BlockKind kind)
    {
        foreach (var row in Table)
        {
            if (string.Equals(row.Name, name, StringComparison.Ordinal))
            {
                kind = row.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static (BlockKind Kind, string Name, string Folder) Row(BlockKind kind) =>
        Table.FirstOrDefault(row => row.Kind == kind) is { Name: not null } row
            ? row
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a block kind.");
}
