using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Sluice.ML.Serving.Trees;

/// <summary>
/// How a model ending in a FastTree or LightGBM regression is served: the transforms before the trees compute the
/// feature vector as ML.NET computes it, and <see cref="CompiledTreeEnsemble"/> scores it. Chosen at load only when
/// the compiled trees give ML.NET's own scores, bit for bit, on probes built from the trees' thresholds; a feature
/// that is NaN at prediction time is scored by ML.NET (its trees may route missing values their own way).
/// </summary>
internal sealed class TreeScoring
{
    private const string ScoreColumn = "Score";
    private const int Probes = 64;

    private readonly TransformerChain<ITransformer>? _features;
    private readonly ITransformer _predictor;
    private readonly string _featureColumn;
    private readonly CompiledTreeEnsemble _trees;

    private TreeScoring(TransformerChain<ITransformer>? features, ITransformer predictor, string featureColumn, CompiledTreeEnsemble trees)
    {
        _features = features;
        _predictor = predictor;
        _featureColumn = featureColumn;
        _trees = trees;
    }

    /// <summary>
    /// The compiled scoring of <paramref name="model"/>, or null when it does not end in a tree regression whose only
    /// served output is its score, or when the compiled trees would not give ML.NET's scores.
    /// </summary>
    public static TreeScoring? TryCreate(ITransformer model, DataViewSchema inputSchema, IReadOnlyList<string> outputs)
    {
        if (outputs is not [ScoreColumn] || model is not IEnumerable<ITransformer> chain)
        {
            return null;
        }

        ITransformer[] steps = [.. chain];
        if (steps is not [.., var last] || !IsTreeRegression(last, out var featureColumn, out var ensemble))
        {
            return null;
        }

        TransformerChain<ITransformer>? features = steps.Length > 1 ? new TransformerChain<ITransformer>(steps[..^1]) : null;
        var featureSchema = features?.GetOutputSchema(inputSchema) ?? inputSchema;
        if (featureSchema.GetColumnOrNull(featureColumn)?.Type is not VectorDataViewType { ItemType: NumberDataViewType, Size: > 0 } vector ||
            vector.ItemType != NumberDataViewType.Single ||
            CompiledTreeEnsemble.TryCompile(ensemble, vector.Size) is not { } trees)
        {
            return null;
        }

        var scoring = new TreeScoring(features, last, featureColumn, trees);
        return scoring.ScoresAsMLNet() ? scoring : null;
    }

    /// <summary>The row whose one column, Score, the trees compute from <paramref name="input"/>'s features.</summary>
    public TreeScoreRow CreateRow(DataViewRow input)
    {
        DataViewRow features = input;
        if (_features is not null)
        {
            var mapper = ((ITransformer)_features).GetRowToRowMapper(input.Schema);
            features = mapper.GetRow(input, [mapper.OutputSchema[_featureColumn]]);
        }

        var scorer = _predictor.GetRowToRowMapper(features.Schema);
        var scored = scorer.GetRow(features, [scorer.OutputSchema[ScoreColumn]]);
        return new TreeScoreRow(features, features.Schema[_featureColumn], scored, scored.Schema[ScoreColumn], _trees);
    }

    private static bool IsTreeRegression(ITransformer transformer, out string featureColumn, out RegressionTreeEnsemble ensemble)
    {
        // Only the regressions whose score is the plain sum of their trees (Tweedie and the forests transform it).
        if (transformer is ISingleFeaturePredictionTransformer<object> { Model: FastTreeRegressionModelParameters or LightGbmRegressionModelParameters } prediction &&
            transformer.GetType().IsGenericType &&
            transformer.GetType().GetGenericTypeDefinition() == typeof(RegressionPredictionTransformer<>))
        {
            featureColumn = prediction.FeatureColumnName;
            ensemble = ((TreeEnsembleModelParametersBasedOnRegressionTree)prediction.Model).TrainedTreeEnsemble;
            return true;
        }

        featureColumn = string.Empty;
        ensemble = null!;
        return false;
    }

    /// <summary>
    /// Scores probe vectors both ways: values at, just above and around every threshold, and one-hot-like sparse
    /// vectors, so that every split is taken both ways somewhere.
    /// </summary>
    private bool ScoresAsMLNet()
    {
        var probes = TreeProbes.Build(_trees.FeatureCount, Thresholds(), Probes);
        var ml = new MLContext(seed: 1);
        var definition = SchemaDefinition.Create(typeof(TreeProbes.Probe));
        definition[0].ColumnName = _featureColumn;
        definition[0].ColumnType = new VectorDataViewType(NumberDataViewType.Single, _trees.FeatureCount);
        var scored = _predictor.Transform(ml.Data.LoadFromEnumerable(probes, definition));
        var expected = scored.GetColumn<float>(ScoreColumn).ToArray();
        for (var i = 0; i < probes.Count; i++)
        {
            if (BitConverter.SingleToInt32Bits(_trees.Predict(probes[i].Features)) != BitConverter.SingleToInt32Bits(expected[i]))
            {
                return false;
            }
        }

        return true;
    }

    private Dictionary<int, List<float>> Thresholds()
    {
        var ensemble = ((TreeEnsembleModelParametersBasedOnRegressionTree)((ISingleFeaturePredictionTransformer<object>)_predictor).Model).TrainedTreeEnsemble;
        var thresholds = new Dictionary<int, List<float>>();
        foreach (var tree in ensemble.Trees)
        {
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                var feature = tree.NumericalSplitFeatureIndexes[n];
                if (!thresholds.TryGetValue(feature, out var values))
                {
                    thresholds[feature] = values = [];
                }

                values.Add(tree.NumericalSplitThresholds[n]);
            }
        }

        return thresholds;
    }
}
