using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sluice.Server.Outputs;

/// <summary>One output of a block run through <c>POST /api/runs</c>, as JSON.</summary>
/// <param name="Name">The output's name (<c>output_0</c>, or a tuple element's name).</param>
/// <param name="Type">The .NET type of the value.</param>
/// <param name="Value">The value as JSON; a frame as an array of records; null for a model or matrix.</param>
public sealed record BlockCallOutput(string Name, string Type, JsonElement? Value)
{
    /// <summary>For a frame or a collection: how many rows or items it has, all of them.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Count { get; init; }

    /// <summary>Whether <see cref="Value"/> holds only the first rows or items (see <see cref="Count"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Truncated { get; init; }

    /// <summary>For a value with no JSON form (a model, a data view, a matrix): what it is, in one line.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Summary { get; init; }
}
