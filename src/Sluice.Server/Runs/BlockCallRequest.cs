using System.Text.Json;

using Sluice.Core;

namespace Sluice.Server.Runs;

/// <summary>
/// A synchronous run of one block, as <c>POST /api/runs</c> takes it: Mage's body
/// (<c>{"run": {"pipeline_uuid", "block_uuid", "variables"}}</c>) or a flat one
/// (<c>{"project"?, "pipeline", "block", "variables"}</c>).
/// </summary>
public sealed record BlockCallRequest(string? Project, string Pipeline, string Block, IReadOnlyDictionary<string, JsonElement> Variables)
{
    /// <summary>Reads either shape.</summary>
    /// <exception cref="SluiceException">The body lacks the pipeline or the block, or a field has the wrong type.</exception>
    public static BlockCallRequest Read(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new SluiceException("The body must be an object: {\"pipeline\", \"block\", \"variables\"} or Mage's {\"run\": {\"pipeline_uuid\", \"block_uuid\", \"variables\"}}");
        }

        var mage = body.TryGetProperty("run", out var run);
        if (mage && run.ValueKind != JsonValueKind.Object)
        {
            throw new SluiceException("'run' must be an object with pipeline_uuid, block_uuid and variables");
        }

        var fields = mage ? run : body;
        var pipeline = Text(fields, mage ? "pipeline_uuid" : "pipeline", required: true)!;
        var block = Text(fields, mage ? "block_uuid" : "block", required: true)!;
        var project = Text(fields, "project", required: false) ?? (mage ? Text(body, "project", required: false) : null);
        return new BlockCallRequest(project, pipeline, block, ReadVariables(fields, mage ? "run.variables" : "variables"));
    }

    private static string? Text(JsonElement fields, string name, bool required)
    {
        if (!fields.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required
                ? throw new SluiceException($"The body needs '{name}'{(name.EndsWith("_uuid", StringComparison.Ordinal) ? " inside 'run'" : string.Empty)}")
                : null;
        }

        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new SluiceException($"'{name}' must be a non-empty string, not {value.GetRawText()}");
    }

    private static Dictionary<string, JsonElement> ReadVariables(JsonElement fields, string where)
    {
        if (!fields.TryGetProperty("variables", out var variables) || variables.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return variables.ValueKind == JsonValueKind.Object
            ? variables.EnumerateObject().ToDictionary(v => v.Name, v => v.Value.Clone(), StringComparer.Ordinal)
            : throw new SluiceException($"'{where}' must be an object of variable names and values");
    }
}
