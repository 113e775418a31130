using YamlDotNet.RepresentationModel;

namespace Sluice.Engine.Projects;

/// <summary>Reads mappings strictly: keys must be plain names, known, and appear once.</summary>
internal static class YamlMaps
{
    /// <summary>
    /// The entries of <paramref name="node"/>, which must be a mapping (or empty) whose keys are all in
    /// <paramref name="allowed"/>; <paramref name="where"/> names the mapping in messages ("settings", "block 'x'").
    /// </summary>
    public static IReadOnlyList<KeyValuePair<YamlScalarNode, YamlNode>> Entries(
        YamlSource source, YamlNode node, string where, IReadOnlyList<string>? allowed)
    {
        if (YamlScalars.IsNull(node))
        {
            return [];
        }

        if (node is not YamlMappingNode mapping)
        {
            throw source.Error(node, $"{where} must be a mapping of keys to values, not {YamlScalars.Describe(node)}");
        }

        var entries = new List<KeyValuePair<YamlScalarNode, YamlNode>>(mapping.Children.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } key } scalarKey)
            {
                throw source.Error(keyNode, $"{where} has a key that is not a plain name");
            }

            if (allowed is not null && !allowed.Contains(key, StringComparer.Ordinal))
            {
                throw source.Error(
                    keyNode,
                    $"unknown key '{key}' in {where}; allowed keys: {string.Join(", ", allowed)}");
            }

            if (!seen.Add(key))
            {
                throw source.Error(keyNode, $"key '{key}' appears twice in {where}");
            }

            entries.Add(new(scalarKey, value));
        }

        return entries;
    }
}
