namespace Sluice.ML.Serving.Trees;

/// <summary>
/// One split of a compiled tree: go to <paramref name="Left"/> when the feature is at most the threshold, else to
/// <paramref name="Right"/>. A child at or above zero is a node of the same array; a negative one is <c>~leaf</c>.
/// </summary>
internal readonly record struct TreeNode(int Feature, float Threshold, int Left, int Right);
