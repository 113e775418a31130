using Microsoft.Data.Analysis;

namespace NycTaxi.DataPreparation;

public static class FeatureSelector
{
    public static readonly string[] CategoricalFeatures = ["PU_DO"];

    public static readonly string[] NumericalFeatures = ["trip_distance"];

    /// <summary>The model's features, followed by <paramref name="extraColumns"/> (for example the target).</summary>
    public static DataFrame SelectFeatures(DataFrame frame, IEnumerable<string>? extraColumns = null)
    {
        string[] names = [.. CategoricalFeatures, .. NumericalFeatures, .. extraColumns ?? []];
        return new DataFrame(names.Select(name => frame[name]));
    }
}
