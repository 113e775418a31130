using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>Reads a <c>variables</c> mapping: each value a scalar or a list of scalars.</summary>
internal static class VariablesReader
{
    public static IReadOnlyDictionary<string, object?> Read(YamlSource source, YamlNode node)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in YamlMaps.Entries(source, node, "variables", allowed: null))
        {
            variables.Add(key.Value!, ReadValue(source, key.Value!, value));
        }

        return variables;
    }

    private static object? ReadValue(YamlSource source, string name, YamlNode node) => node switch
    {
        YamlScalarNode scalar => YamlScalars.Resolve(scalar),
        YamlSequenceNode list => list.Children
            .Select(item => item is YamlScalarNode scalar
                ? YamlScalars.Resolve(scalar)
                : throw source.Error(item, $"variable '{name}' may hold a list of single values, not a list of lists or mappings"))
            .ToList(),
        _ => throw source.Error(node, $"variable '{name}' must be a single value or a list of values, not a mapping"),
    };
}
