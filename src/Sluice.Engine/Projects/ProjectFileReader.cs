using Sluice.Core;

namespace Sluice.Engine.Projects;

/// <summary>Reads sluice.yaml.</summary>
internal static class ProjectFileReader
{
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(30);

    private static readonly IReadOnlyList<string> Keys = ["name", "description", "variables", "settings", "retention", "data_products"];

    public static ProjectDefinition Read(string root)
    {
        var source = YamlSource.Load(root, Path.Combine(root, ProjectPaths.ProjectFile));

        // A project without a name takes its folder's, as `git clone` users would expect.
        var name = Path.GetFileName(root);
        IReadOnlyDictionary<string, object?> variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        var settings = ExecutionSettings.None;
        var retention = DefaultRetention;
        string? description = null;
        IReadOnlyDictionary<string, DataProductDefinition> products = new Dictionary<string, DataProductDefinition>(StringComparer.Ordinal);
        foreach (var (key, value) in YamlMaps.Entries(source, source.Root, ProjectPaths.ProjectFile, Keys))
        {
            switch (key.Value)
            {
                case "name":
                    name = SettingsReader.ReadText(source, value, "name");
                    break;
                case "description":
                    description = YamlScalars.IsNull(value) ? null : SettingsReader.ReadText(source, value, "description");
                    break;
                case "variables":
                    variables = VariablesReader.Read(source, value);
                    break;
                case "settings":
                    settings = SettingsReader.Read(source, value, "settings", SettingsReader.RunKeys);
                    break;
                case "data_products":
                    products = DataProductsReader.Read(source, value);
                    break;
                default:
                    retention = SettingsReader.ReadDuration(source, value, "retention", allowZero: false);
                    break;
            }
        }

        return new ProjectDefinition(name, root, variables, settings, retention) { Description = description, DataProducts = products };
    }
}
