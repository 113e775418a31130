using Microsoft.ML.Trainers.FastTree;

namespace Sluice.ML.Serving.Trees;

/// <summary>
/// A regression tree ensemble (FastTree, LightGBM) laid out for predicting one record at a time. ML.NET walks its
/// trees over the feature vector as it comes, and a one-hot vector is sparse, so each split binary-searches the
/// vector's indices; on the course's model that search was most of a prediction. Here every split is a small struct
/// in one array, read over a dense vector, and trees are walked four at a time: a walk is a chain of dependent loads,
/// and four independent chains keep the processor busy while each waits. A leaf is a node that leads to itself, so
/// the four walks take the same number of steps (the deepest tree's) without a test per tree. The sums are ML.NET's:
/// each tree's leaf value added in tree order as a double, then cast to float, so the scores are the same bits.
/// </summary>
internal sealed class CompiledTreeEnsemble
{
    private const int Lanes = 4;

    private readonly TreeNode[] _nodes;
    private readonly double[] _values;
    private readonly int[] _roots;
    private readonly int[] _steps;

    private CompiledTreeEnsemble(TreeNode[] nodes, double[] values, int[] roots, int[] steps, int featureCount)
    {
        _nodes = nodes;
        _values = values;
        _roots = roots;
        _steps = steps;
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
        var values = new List<double>();
        var roots = new int[ensemble.Trees.Count];
        var depths = new int[ensemble.Trees.Count];
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.NumberOfLeaves < 2 || tree.CategoricalSplitFlags.Any(flag => flag) ||
                tree.NumericalSplitFeatureIndexes.Any(feature => feature < 0 || feature >= featureCount))
            {
                return null;
            }

            // Splits first, then leaves, each leaf a node whose both children are itself.
            var first = nodes.Count;
            var firstLeaf = first + tree.NumberOfNodes;
            int Node(int child) => child >= 0 ? first + child : firstLeaf + ~child;
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                nodes.Add(new TreeNode(
                    tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], Node(tree.LeftChild[n]), Node(tree.RightChild[n])));
                values.Add(0);
            }

            for (var leaf = 0; leaf < tree.NumberOfLeaves; leaf++)
            {
                nodes.Add(new TreeNode(0, 0, firstLeaf + leaf, firstLeaf + leaf));
                values.Add(tree.LeafValues[leaf]);
            }

            roots[t] = first;
            depths[t] = Depth(tree, 0);
        }

        var steps = new int[(roots.Length + Lanes - 1) / Lanes];
        for (var t = 0; t < roots.Length; t++)
        {
            steps[t / Lanes] = Math.Max(steps[t / Lanes], depths[t]);
        }

        return new CompiledTreeEnsemble([.. nodes], [.. values], roots, steps, featureCount);
    }

    /// <summary>The ensemble's score for <paramref name="features"/>, which holds no NaN and is as long as <see cref="FeatureCount"/>.</summary>
    public float Predict(ReadOnlySpan<float> features)
    {
        if (features.Length != FeatureCount)
        {
            throw new ArgumentException($"The trees read {FeatureCount} features, not {features.Length}.", nameof(features));
        }

        ReadOnlySpan<TreeNode> nodes = _nodes;
        ReadOnlySpan<double> values = _values;
        ReadOnlySpan<int> roots = _roots;
        var sum = 0.0;
        var t = 0;
        for (; t + Lanes <= roots.Length; t += Lanes)
        {
            int a = roots[t], b = roots[t + 1], c = roots[t + 2], d = roots[t + 3];
            for (var step = _steps[t / Lanes]; step > 0; step--)
            {
                a = Next(nodes[a], features);
                b = Next(nodes[b], features);
                c = Next(nodes[c], features);
                d = Next(nodes[d], features);
            }

            sum += values[a];
            sum += values[b];
            sum += values[c];
            sum += values[d];
        }

        for (; t < roots.Length; t++)
        {
            var node = roots[t];
            for (var step = _steps[t / Lanes]; step > 0; step--)
            {
                node = Next(nodes[node], features);
            }

            sum += values[node];
        }

        return (float)sum;
    }

    private static int Next(in TreeNode node, ReadOnlySpan<float> features) =>
        features[node.Feature] <= node.Threshold ? node.Left : node.Right;

    private static int Depth(RegressionTree tree, int node) => node < 0
        ? 0
        : 1 + Math.Max(Depth(tree, tree.LeftChild[node]), Depth(tree, tree.RightChild[node]));
}
