namespace Sluice.ML.Serving.Trees;

/// <summary>
/// One node of a compiled tree: go to <paramref name="Left"/> when the feature is at most the threshold, else to
/// <paramref name="Right"/>, both indices into the same array. A leaf leads to itself both ways.
/// </summary>
internal readonly record struct TreeNode(int Feature, float Threshold, int Left, int Right);
