using System.Collections;
using System.Globalization;
using Sluice.Core;

namespace Sluice.Engine.Execution;

/// <summary>Merges variables by precedence: project, then pipeline, then the run's own.</summary>
internal static class VariableResolver
{
    public static IReadOnlyDictionary<string, object?> Resolve(
        ProjectDefinition project, PipelineDefinition pipeline, IReadOnlyDictionary<string, object?> overrides)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var level in new[] { project.Variables, pipeline.Variables, overrides })
        {
            foreach (var (name, value) in level)
            {
                merged[name] = value;
            }
        }

        return merged;
    }

    /// <summary>The variables as text, the way a run record keeps them.</summary>
    public static IReadOnlyDictionary<string, string> AsText(IReadOnlyDictionary<string, object?> variables) =>
        variables.ToDictionary(pair => pair.Key, pair => Format(pair.Value), StringComparer.Ordinal);

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IEnumerable sequence => string.Join(",", sequence.Cast<object?>().Select(Format)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
