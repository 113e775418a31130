using System.Text.Json;

namespace Sluice.Server.Api;

/// <summary>What POST .../predict answers: one prediction per record, a value or an object of outputs.</summary>
public sealed record PredictResponse(string Model, int Version, IReadOnlyList<JsonElement> Predictions);

/// <summary>What POST .../invocations answers, as MLflow's scoring server does.</summary>
public sealed record InvocationsResponse(IReadOnlyList<JsonElement> Predictions);
