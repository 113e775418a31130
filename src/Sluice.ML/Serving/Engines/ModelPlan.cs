using Microsoft.ML;

using Sluice.ML.Serving.Trees;
using Sluice.Sdk;

namespace Sluice.ML.Serving.Engines;

/// <summary>What every engine of one loaded version shares: the model, the row schema it reads and the columns served.</summary>
/// <param name="Transformer">The loaded model.</param>
/// <param name="InputSchema">The schema the model was saved with (or one built from the signature).</param>
/// <param name="Inputs">The signature's inputs, each with its column's index in <paramref name="InputSchema"/>.</param>
/// <param name="Outputs">The output columns a prediction returns, in order.</param>
/// <param name="Trees">How the model's trees are scored without ML.NET's walk, when it ends in a tree regression.</param>
internal sealed record ModelPlan(
    ITransformer Transformer,
    DataViewSchema InputSchema,
    IReadOnlyList<(ModelColumn Column, int Index)> Inputs,
    IReadOnlyList<string> Outputs,
    TreeScoring? Trees = null);
