namespace Sluice.Engine.Outputs;

/// <summary>What a fitted <see cref="Sluice.ML.Features.DictVectorizer"/> is made of, as stored in JSON.</summary>
internal sealed record DictVectorizerState(
    IReadOnlyList<string> FeatureNames,
    IReadOnlyList<string> StringColumns,
    IReadOnlyList<string> NumericColumns);
