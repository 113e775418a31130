using Microsoft.ML;
using Microsoft.ML.Data;

namespace Sluice.ML.Serving.Trees;

/// <summary>
/// An output row of one column, Score, computed by compiled trees from a feature row: the feature vector is spread
/// into a dense buffer kept by this row (a sparse one-hot vector sets only its few values, which are cleared again
/// after). A vector holding NaN is scored by ML.NET's own row. Not thread-safe, like the engine that owns it.
/// </summary>
internal sealed class TreeScoreRow : DataViewRow
{
    private readonly DataViewRow _features;
    private readonly DataViewRow _scored;
    private readonly ValueGetter<VBuffer<float>> _getFeatures;
    private readonly ValueGetter<float> _getScored;
    private readonly CompiledTreeEnsemble _trees;
    private readonly float[] _dense;
    private VBuffer<float> _vector;

    public TreeScoreRow(
        DataViewRow features, DataViewSchema.Column featureColumn, DataViewRow scored, DataViewSchema.Column scoreColumn, CompiledTreeEnsemble trees)
    {
        _features = features;
        _scored = scored;
        _getFeatures = features.GetGetter<VBuffer<float>>(featureColumn);
        _getScored = scored.GetGetter<float>(scoreColumn);
        _trees = trees;
        _dense = new float[trees.FeatureCount];
        var schema = new DataViewSchema.Builder();
        schema.AddColumn(scoreColumn.Name, NumberDataViewType.Single);
        Schema = schema.ToSchema();
    }

    public override long Position => _features.Position;

    public override long Batch => _features.Batch;

    public override DataViewSchema Schema { get; }

    public override ValueGetter<DataViewRowId> GetIdGetter() => _features.GetIdGetter();

    public override bool IsColumnActive(DataViewSchema.Column column) => column.Index == 0;

    public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) =>
        column.Index == 0 && typeof(TValue) == typeof(float)
            ? (ValueGetter<TValue>)(Delegate)new ValueGetter<float>(Score)
            : throw new InvalidOperationException($"Column '{column.Name}' holds Single, not {typeof(TValue).Name}.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _scored.Dispose();
            _features.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Score(ref float value)
    {
        _getFeatures(ref _vector);
        var values = _vector.GetValues();
        if (HasNaN(values))
        {
            _getScored(ref value);
            return;
        }

        if (_vector.IsDense)
        {
            value = _trees.Predict(values);
            return;
        }

        var indices = _vector.GetIndices();
        for (var i = 0; i < indices.Length; i++)
        {
            _dense[indices[i]] = values[i];
        }

        value = _trees.Predict(_dense);
        foreach (var index in indices)
        {
            _dense[index] = 0;
        }
    }

    private static bool HasNaN(ReadOnlySpan<float> values)
    {
        foreach (var item in values)
        {
            if (float.IsNaN(item))
            {
                return true;
            }
        }

        return false;
    }
}
