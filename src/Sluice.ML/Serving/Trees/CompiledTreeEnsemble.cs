using Microsoft.ML.Trainers.FastTree;

namespace Sluice.ML.Serving.Trees;

/// <summary>
/// A regression tree ensemble (FastTree, LightGBM) laid out for predicting one record at a time: every tree's splits in
/// one array of small structs and every leaf in another, walked over a dense feature vector. ML.NET walks its trees
/// over the feature vector as it comes, and a one-hot vector is sparse, so each split binary-searches the vector's
/// indices; on the course's model that search was most of a prediction. The sums are ML.NET's: each tree's leaf
/// value added in tree order as a double, then cast to float, so the scores are the same bits.
/// </summary>
internal sealed class CompiledTreeEnsemble
{
    private readonly TreeNode[] _nodes;
    private readonly double[] _leaves;
    private readonly int[] _roots;

    private CompiledTreeEnsemble(TreeNode[] nodes, double[] leaves, int[] roots, int featureCount)
    {
        _nodes = nodes;
        _leaves = leaves;
        _roots = roots;
        FeatureCount = featureCount;
    }

    /// <summary>The length of the feature vector the trees read.</summary>
    public int FeatureCount { get; }

    /// <summary>
    /// Lays out <paramref name="ensemble"/>, or gives null when it uses what this layout does not reproduce exactly:
    /// categorical splits, a bias or tree weights other than 1, a tree of a single leaf, or a split on a feature past
    /// <paramref name="featureCount"/>.
    /// </summary>
    public static CompiledTreeEnsemble? TryCompile(RegressionTreeEnsemble ensemble, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        if (ensemble.Bias != 0 || ensemble.TreeWeights.Any(weight => weight != 1) || ensemble.Trees.Count == 0)
        {
            return null;
        }

        var nodes = new List<TreeNode>();
        var leaves = new List<double>();
        var roots = new int[ensemble.Trees.Count];
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.NumberOfLeaves < 2 || tree.CategoricalSplitFlags.Any(flag => flag) ||
                tree.NumericalSplitFeatureIndexes.Any(feature => feature < 0 || feature >= featureCount))
            {
                return null;
            }

            int firstNode = nodes.Count, firstLeaf = leaves.Count;
            int Child(int child) => child >= 0 ? firstNode + child : ~(firstLeaf + ~child);
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                nodes.Add(new TreeNode(
                    tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], Child(tree.LeftChild[n]), Child(tree.RightChild[n])));
            }

            leaves.AddRange(tree.LeafValues);
            roots[t] = firstNode;
        }

        return new CompiledTreeEnsemble([.. nodes], [.. leaves], roots, featureCount);
    }

    /// <summary>The ensemble's score for <paramref name="features"/>, which holds no NaN and is as long as <see cref="FeatureCount"/>.</summary>
    public float Predict(ReadOnlySpan<float> features)
    {
        if (features.Length != FeatureCount)
        {
            throw new ArgumentException($"The trees read {FeatureCount} features, not {features.Length}.", nameof(features));
        }

        ReadOnlySpan<TreeNode> nodes = _nodes;
        ReadOnlySpan<double> leaves = _leaves;
        var sum = 0.0;
        foreach (var root in _roots)
        {
            var node = root;
            do
            {
                ref readonly var split = ref nodes[node];
                node = features[split.Feature] <= split.Threshold ? split.Left : split.Right;
            }
            while (node >= 0);

            sum += leaves[~node];
        }

        return (float)sum;
    }
}
