using System.Text.Json;
using System.Text.Json.Serialization;

using Sluice.Core;
using Sluice.Server.Outputs;

namespace Sluice.Server.Runs;

/// <summary>What <c>POST /api/runs</c> answers once the block has run.</summary>
/// <param name="RunId">
/// The run's id (its logs are at /api/projects/{project}/runs/{run_id}/logs); null when the block did not compile,
/// so no run was recorded.
/// </param>
/// <param name="Project">The project that ran it.</param>
/// <param name="Pipeline">The pipeline.</param>
/// <param name="Block">The block.</param>
/// <param name="Status">How the block ended.</param>
/// <param name="Error">The block's error when it failed.</param>
/// <param name="Outputs">Every output, as JSON.</param>
public sealed record BlockCallResult(
    [property: JsonPropertyName("run_id")] string? RunId,
    string Project,
    string Pipeline,
    string Block,
    BlockRunStatus Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error,
    IReadOnlyList<BlockCallOutput> Outputs)
{
    /// <summary>The first output's value, for the common one-output block.</summary>
    public JsonElement? Output => Outputs.Count > 0 ? Outputs[0].Value : null;

    /// <summary>Whether the block completed.</summary>
    [JsonIgnore]
    public bool Completed => Status == BlockRunStatus.Completed;
}
