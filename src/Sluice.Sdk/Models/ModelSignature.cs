namespace Sluice.Sdk;

/// <summary>
/// The columns a model takes and the columns it gives, like MLflow's model signature. A registered model version
/// keeps its signature, and serving checks every request against <see cref="Inputs"/> before the model sees it.
/// </summary>
/// <param name="Inputs">The columns a request must give, in the model's order.</param>
/// <param name="Outputs">The columns a prediction returns (for a regression model: <c>Score</c>).</param>
public sealed record ModelSignature(IReadOnlyList<ModelColumn> Inputs, IReadOnlyList<ModelColumn> Outputs);
