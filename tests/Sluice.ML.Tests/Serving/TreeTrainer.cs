namespace Sluice.ML.Tests.Serving;

/// <summary>The tree regressions <see cref="TreeModels"/> trains.</summary>
public enum TreeTrainer
{
    FastTree,
    FastTreeCategorical,
    FastTreeTweedie,
    LightGbm,
}
